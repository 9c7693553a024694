import Testing
@testable import BriefingKit

@Suite struct ConfigTests {
    @Test func readsTheProjectConfig() throws {
        let config = try ConfigLoader.load(path: Repo.path("briefing.yml"))
        #expect(config.threads.map(\.id) == ["board-of-peace", "ukraine-peace-talks", "greenland"])
        #expect(config.baseURL?.hasSuffix("/") == true)
        #expect(config.threads.allSatisfy { !$0.signals.isEmpty && !$0.description.isEmpty })
    }

    func error(_ yaml: String) -> BriefingError? {
        do { _ = try ConfigLoader.parse(yaml, file: "briefing.yml"); return nil } catch let e as BriefingError { return e } catch { return nil }
    }

    @Test func unknownKeyNamesKeyAndLine() {
        let e = error("title: T\nthreads:\n  - id: a\n    title: A\n    signal: [x]\n")
        #expect(e == .config(file: "briefing.yml", line: 5,
                             message: "unknown key `signal` in a thread; known keys are `description`, `id`, `signals`, `terms`, `title`"))
        #expect(e?.exitCode == 2)
    }

    @Test func invalidYAMLNamesTheLine() {
        guard case let .config(_, line, message) = error("title: T\nthreads: [\n  - id: a\n") else { Issue.record("expected config error"); return }
        #expect(line != nil)
        #expect(message.hasPrefix("not valid YAML"))
    }

    @Test func missingAndBadValues() {
        #expect(error("title: T\n") == .config(file: "briefing.yml", line: 1, message: "missing key `threads`; list the topic threads (see README.md, 'Define a thread')"))
        if case let .config(_, line, message) = error("title: T\nthreads:\n  - id: ../x\n    title: X\n    signals: [a]\n") {
            #expect(line == 3)
            #expect(message.contains("may use only"))
        } else { Issue.record("expected a bad id error") }
        if case let .config(_, _, message) = error("title: T\nthreads:\n  - {id: a, title: A, signals: [x]}\n  - {id: a, title: B, signals: [y]}\n") {
            #expect(message.contains("used twice"))
        } else { Issue.record("expected a duplicate id error") }
        if case let .config(_, line, _) = error("title: T\nbase_url: example.org\nthreads: []\n") { #expect(line == 2) }
        else { Issue.record("expected a base_url error") }
    }
}
