/// Doubles printed the way Python's `repr` prints them: the shortest text that reads back to the
/// same number, in positional notation for exponents from -4 to 15 and scientific otherwise
/// (`0.0001`, `1e-05`, `123.0`, `1e+16`).
///
/// Replay output is compared with py-fsrs's, and shortest round-trip text keeps it exact.
public enum PythonFloat {
    public static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's `description` is also shortest round-trip; only the layout differs.
        let (digits, exponent) = decompose(value.magnitude.description)
        let sign = value < 0 ? "-" : ""
        // `exponent` is the power of ten of the first digit, as in d.ddd × 10^exponent.
        if exponent < -4 || exponent >= 16 {
            let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
            let exponentText = exponent < 0 ? "-" + pad(-exponent) : "+" + pad(exponent)
            return sign + mantissa + "e" + exponentText
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        if digits.count <= exponent + 1 {
            return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
        }
        return sign + digits.prefix(exponent + 1) + "." + digits.dropFirst(exponent + 1)
    }

    private static func pad(_ exponent: Int) -> String {
        exponent < 10 ? "0\(exponent)" : "\(exponent)"
    }

    /// Splits Swift's text for a positive number (`1.25`, `1e-05`, `1.2345e+16`) into significant digits without
    /// leading or trailing zeros and the decimal exponent of the first one.
    private static func decompose(_ text: String) -> (digits: String, exponent: Int) {
        var body = Substring(text)
        var exponent = 0
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(body[body.index(after: e)...]) ?? 0
            body = body[..<e]
        }
        let integerPart = body.prefix { $0 != "." }
        let fraction = body.drop { $0 != "." }.dropFirst()
        var digits = String(integerPart) + fraction
        exponent += integerPart.count - 1
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, exponent)
    }
}
