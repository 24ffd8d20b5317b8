import Testing

@testable import PortReportKit

@Suite("ByteBuffer")
struct ByteBufferTests {
    @Test("every kind of append lands in order, across many growths from a one-byte start")
    func appendsAndGrowth() {
        var buffer = ByteBuffer(capacity: 0)
        var expected: [UInt8] = []
        for round in 0..<300 {
            let byte = UInt8(truncatingIfNeeded: round)
            buffer.append(byte)
            expected.append(byte)
            let run = [UInt8](repeating: byte &+ 1, count: round % 37)
            run.withUnsafeBufferPointer { buffer.append($0) }
            expected += run
            buffer.append("<tag>" as StaticString)
            expected += Array("<tag>".utf8)
            // A small string, a native one and one with non-ASCII text.
            for text in ["ab", String(repeating: "long text ", count: round % 5 + 2), "é✓🚀"] {
                buffer.append(text)
                expected += Array(text.utf8)
            }
            buffer.append(run)
            expected += run
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        buffer.withBytes { #expect(Array($0) == expected) }
    }

    @Test("another buffer's bytes append whole; removeAll empties and the buffer stays usable")
    func otherBufferAndReuse() {
        var first = ByteBuffer(capacity: 4)
        first.append("header," as StaticString)
        var second = ByteBuffer(capacity: 2)
        second.append("row\r\n" as StaticString)
        first.append(second)
        first.append(second)
        #expect(String(decoding: first.array, as: UTF8.self) == "header,row\r\nrow\r\n")
        first.removeAll()
        #expect(first.isEmpty && first.count == 0 && first.array.isEmpty)
        first.append(UnsafeBufferPointer(start: nil, count: 0))
        first.append("x" as StaticString)
        #expect(first.array == [UInt8(ascii: "x")])
    }
}
