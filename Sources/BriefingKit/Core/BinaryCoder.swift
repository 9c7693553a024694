import Foundation

/// A compact positional encoding for `Codable` values, used by the build
/// cache only. Foundation's JSONDecoder reads about 30 MB/s here, which made
/// loading the cache of 10,000 articles the slowest part of a rebuild; no
/// package on this machine offers a binary `Codable` format without code
/// generation, so this one is written by hand. Values are read back in the
/// order they were written (synthesised `Codable` always does that): no keys
/// are stored, an optional carries a presence byte, a list its count first.
/// Numbers are `Int`, `UInt64` or `Double`. Keyed containers with keys known
/// only at run time (dictionaries) and nils in lists are not supported.
/// Readers must check a format version kept beside the data.
enum BinaryCoder {
    static func encode(_ value: some Encodable) throws -> Data {
        let sink = Sink()
        try write(value, to: sink)
        return Data(sink.bytes)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let bytes = [UInt8](data)
        return try decode(type, from: bytes, in: 0..<bytes.count)
    }

    /// A value written in `range` of a larger buffer (a pack of entries).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], in range: Range<Int>) throws -> T {
        try bytes.withUnsafeBufferPointer { try decode(type, from: $0, in: range) }
    }

    static func decode<T: Decodable>(_ type: T.Type, from buffer: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                                     owner: MappedFile? = nil) throws -> T {
        let source = Source(bytes: buffer, range: range, owner: owner)
        let value = try read(type, from: source)
        guard source.offset == source.end else { throw source.corrupt("trailing bytes") }
        return value
    }

    /// Whatever `body` reads from the whole of `bytes`, which it must read to the end.
    static func read<T>(_ bytes: [UInt8], _ body: (Source) throws -> T) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            let source = Source(bytes: buffer, range: 0..<buffer.count)
            let value = try body(source)
            guard source.offset == source.end else { throw source.corrupt("trailing bytes") }
            return value
        }
    }

    /// Lists of optionals and dictionaries have no place in this format; the
    /// encoder refuses them rather than write what it could not read back.
    static func unsupported(_ what: String) -> EncodingError {
        EncodingError.invalidValue(what, .init(codingPath: [], debugDescription: "BinaryCoder does not encode \(what)"))
    }

    // MARK: Writing

    final class Sink {
        var bytes: [UInt8] = []
        func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 { bytes.append(UInt8(v & 0x7f) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        func int(_ value: Int) { varint(UInt64(bitPattern: Int64(value << 1 ^ value >> 63))) }   // zig-zag
        func string(_ value: String) { varint(UInt64(value.utf8.count)); bytes.append(contentsOf: value.utf8) }
        func optionalString(_ value: String?) {
            guard let value else { bytes.append(0); return }
            bytes.append(1)
            string(value)
        }
        func strings(_ values: [String]) {
            varint(UInt64(values.count))
            for value in values { string(value) }
        }
    }

    struct Writer: Encoder {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> { KeyedEncodingContainer(Keyed(sink: sink)) }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(sink: sink) }
        func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }
    }

    /// Writes one value of any supported type.
    static func write(_ value: some Encodable, to sink: Sink) throws {
        switch value {
        case let v as String: sink.string(v)
        case let v as Bool: sink.bytes.append(v ? 1 : 0)
        case let v as Int: sink.int(v)
        case let v as UInt64: sink.varint(v)
        case let v as Double: sink.varint(v.bitPattern)
        case let v as BinaryRecord: v.write(to: sink)
        case is any BinaryInteger, is any BinaryFloatingPoint, is any KeyedByValue: throw unsupported("\(type(of: value))")
        default: try value.encode(to: Writer(sink: sink))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        mutating func encodeNil(forKey key: Key) { sink.bytes.append(0) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws { try BinaryCoder.write(value, to: sink) }
        mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
            guard let value else { sink.bytes.append(0); return }
            sink.bytes.append(1)
            try BinaryCoder.write(value, to: sink)
        }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            guard let value else { sink.bytes.append(0); return }
            sink.bytes.append(1)
            sink.string(value)
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            guard let value else { sink.bytes.append(0); return }
            sink.bytes.append(1)
            sink.int(value)
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            guard let value else { sink.bytes.append(0); return }
            sink.bytes.append(1)
            sink.bytes.append(value ? 1 : 0)
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            KeyedEncodingContainer(Keyed<N>(sink: sink))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Unkeyed(sink: sink) }
        mutating func superEncoder() -> any Encoder { Writer(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Writer(sink: sink) }
    }

    /// A list: a 4-byte count slot patched as elements arrive, then the elements.
    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        let slot: Int
        var codingPath: [any CodingKey] = []
        private(set) var count = 0

        init(sink: Sink) {
            self.sink = sink
            slot = sink.bytes.count
            sink.bytes.append(contentsOf: [0, 0, 0, 0])
        }

        private mutating func counted() {
            count += 1
            withUnsafeBytes(of: UInt32(count).littleEndian) { sink.bytes.replaceSubrange(slot..<slot + 4, with: $0) }
        }
        mutating func encodeNil() throws { throw BinaryCoder.unsupported("a nil in a list") }
        mutating func encode(_ value: some Encodable) throws { counted(); try BinaryCoder.write(value, to: sink) }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
            counted(); return KeyedEncodingContainer(Keyed<N>(sink: sink))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { counted(); return Unkeyed(sink: sink) }
        mutating func superEncoder() -> any Encoder { counted(); return Writer(sink: sink) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        mutating func encodeNil() throws { throw BinaryCoder.unsupported("a nil outside a keyed field") }
        mutating func encode(_ value: some Encodable) throws { try BinaryCoder.write(value, to: sink) }
    }

    // MARK: Reading

    /// Reads from a buffer that outlives it: made inside
    /// `withUnsafeBufferPointer` and never kept, so that reading a byte or a
    /// string touches no reference count (a tenth of reading the cache).
    final class Source {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset: Int
        let end: Int
        /// The mapped file `bytes` lie in, when they outlive the reading:
        /// parts of an entry may then stay there until asked for (`DeferredList`).
        let owner: MappedFile?
        init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, owner: MappedFile? = nil) {
            self.bytes = bytes
            offset = range.lowerBound
            end = range.upperBound
            self.owner = owner
        }

        func corrupt(_ what: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "cache entry: \(what) at byte \(offset)"))
        }
        func byte() throws -> UInt8 {
            guard offset < end else { throw corrupt("unexpected end") }
            defer { offset += 1 }
            return bytes[offset]
        }
        func varint() throws -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = try byte()
                value |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return value }
                shift += 7
                guard shift < 64 else { throw corrupt("overlong number") }
            }
        }
        func int() throws -> Int { let v = try varint(); return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)) }
        func string() throws -> String {
            let length = Int(try varint())
            guard length <= end - offset else { throw corrupt("string past the end") }
            defer { offset += length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
        }
        /// Where the next string's bytes lie, passed over without making the string.
        func stringRange() throws -> Range<Int> {
            let length = Int(try varint())
            guard length <= end - offset else { throw corrupt("string past the end") }
            defer { offset += length }
            return offset..<offset + length
        }
        func optionalString() throws -> String? { try byte() == 0 ? nil : string() }
        func strings() throws -> [String] {
            let count = Int(try varint())
            guard count <= end - offset else { throw corrupt("list past the end") }
            return try (0..<count).map { _ in try string() }
        }
        func count() throws -> Int {
            guard end - offset >= 4 else { throw corrupt("unexpected end") }
            defer { offset += 4 }
            return Int(UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24)
        }
    }

    struct Reader: Decoder {
        let source: Source
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> { KeyedDecodingContainer(KeyedReader(source: source)) }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try UnkeyedReader(source: source) }
        func singleValueContainer() -> any SingleValueDecodingContainer { SingleReader(source: source) }
    }

    static func read<T: Decodable>(_ type: T.Type, from source: Source) throws -> T {
        if T.self == String.self { return try source.string() as! T }
        if T.self == Int.self { return try source.int() as! T }
        if T.self == Bool.self { return try (source.byte() != 0) as! T }
        if T.self == UInt64.self { return try source.varint() as! T }
        if T.self == Double.self { return try Double(bitPattern: source.varint()) as! T }
        if let record = T.self as? BinaryRecord.Type { return try record.init(from: source) as! T }
        if T.self is any BinaryInteger.Type || T.self is any BinaryFloatingPoint.Type { throw source.corrupt("\(T.self) is not supported") }
        return try T(from: Reader(source: source))
    }

    struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let source: Source
        var codingPath: [any CodingKey] = []
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { try source.byte() == 0 }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try BinaryCoder.read(type, from: source) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try source.string() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try source.int() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try source.byte() != 0 }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try source.byte() == 0 ? nil : BinaryCoder.read(type, from: source)
        }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try source.byte() == 0 ? nil : source.string() }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try source.byte() == 0 ? nil : source.int() }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try source.byte() == 0 ? nil : source.byte() != 0 }
        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) -> KeyedDecodingContainer<N> {
            KeyedDecodingContainer(KeyedReader<N>(source: source))
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try UnkeyedReader(source: source) }
        func superDecoder() -> any Decoder { Reader(source: source) }
        func superDecoder(forKey key: Key) -> any Decoder { Reader(source: source) }
    }

    struct UnkeyedReader: UnkeyedDecodingContainer {
        let source: Source
        var codingPath: [any CodingKey] = []
        let count: Int?
        private(set) var currentIndex = 0
        var isAtEnd: Bool { currentIndex >= count! }

        init(source: Source) throws {
            self.source = source
            count = try source.count()
        }

        mutating func decodeNil() throws -> Bool { false }   // never written: see `Unkeyed.encodeNil`
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            return try BinaryCoder.read(type, from: source)
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) -> KeyedDecodingContainer<N> {
            currentIndex += 1
            return KeyedDecodingContainer(KeyedReader<N>(source: source))
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return try UnkeyedReader(source: source)
        }
        mutating func superDecoder() -> any Decoder { currentIndex += 1; return Reader(source: source) }
    }

    struct SingleReader: SingleValueDecodingContainer {
        let source: Source
        var codingPath: [any CodingKey] = []
        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try BinaryCoder.read(type, from: source) }
    }
}

/// Types whose keys are values known only at run time.
private protocol KeyedByValue {}
extension Dictionary: KeyedByValue {}
