import Foundation
import Testing
@testable import BriefingKit

struct DiacriticsTests {
    /// The same text as ICU's transform, which it stands in for, on names
    /// and titles from many scripts, composed and decomposed.
    @Test func foldsAsICUsStripDiacriticsTransformDoes() {
        let samples = ["Orbán", "Tomás Berg", "Nuuk’s mayor", "Zürich", "Ångström", "Łódź", "São Paulo", "Citroën",
                       "Dvořák", "Þórshöfn", "İstanbul", "Ελληνικά τόνος", "Кирилл Йошкар-Ола", "Hà Nội", "Mu\u{0301}nich",
                       "ﬁnancial", "東京", "Møller-Maersk", "naïve café", "plain ASCII", "", "e\u{0301}\u{0323}"]
        for text in samples {
            #expect(Diacritics.stripped(text) == text.applyingTransform(.stripDiacritics, reverse: false), "\(text)")
        }
    }
}
