using System.Text;

namespace KubeSec.Text;

/// <summary>Recognizes UTF-16 and UTF-32 text by its byte-order mark or, without one, by the zero bytes of ASCII characters.</summary>
internal static class UnicodeEncodings
{
    private const int ProbeUnits = 16;

    internal sealed class Detected
    {
        public Detected(Encoding encoding, string name, int bomLength, bool kubectlReads)
        {
            Encoding = encoding;
            Name = name;
            BomLength = bomLength;
            KubectlReads = kubectlReads;
        }

        public Encoding Encoding { get; }
        public string Name { get; }
        public int BomLength { get; }

        /// <summary>Go's YAML reader (kubectl) decodes UTF-16 with a byte-order mark, and nothing else but UTF-8.</summary>
        public bool KubectlReads { get; }
    }

    private static readonly Encoding Utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
    private static readonly Encoding Utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false);

    /// <summary>The encoding of UTF-16/UTF-32 text, or null for anything else (UTF-8, binary).</summary>
    public static Detected? Detect(byte[] bytes)
    {
        // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
        {
            return new Detected(Utf32Le, "UTF-32 (little-endian, with a byte-order mark)", 4, kubectlReads: false);
        }

        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF))
        {
            return new Detected(Utf32Be, "UTF-32 (big-endian, with a byte-order mark)", 4, kubectlReads: false);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return new Detected(Encoding.Unicode, "UTF-16 (little-endian)", 2, kubectlReads: true);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return new Detected(Encoding.BigEndianUnicode, "UTF-16 (big-endian)", 2, kubectlReads: true);
        }

        if (AsciiUnits(bytes, 4, significant: 0))
        {
            return new Detected(Utf32Le, "UTF-32 (little-endian, without a byte-order mark)", 0, kubectlReads: false);
        }

        if (AsciiUnits(bytes, 4, significant: 3))
        {
            return new Detected(Utf32Be, "UTF-32 (big-endian, without a byte-order mark)", 0, kubectlReads: false);
        }

        if (AsciiUnits(bytes, 2, significant: 0))
        {
            return new Detected(Encoding.Unicode, "UTF-16 (little-endian, without a byte-order mark)", 0, kubectlReads: false);
        }

        if (AsciiUnits(bytes, 2, significant: 1))
        {
            return new Detected(Encoding.BigEndianUnicode, "UTF-16 (big-endian, without a byte-order mark)", 0, kubectlReads: false);
        }

        return null;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the first code units (at least two) are each one non-zero ASCII byte at <paramref name="significant"/>
    /// and zeros elsewhere: how a manifest, which starts with ASCII, looks in that encoding.
    /// </summary>
    private static bool AsciiUnits(byte[] bytes, int unitSize, int significant)
    {
        var units = System.Math.Min(bytes.Length / unitSize, ProbeUnits);
        if (units < 2)
        {
            return false;
        }

        for (var unit = 0; unit < units; unit++)
        {
            for (var k = 0; k < unitSize; k++)
            {
                var b = bytes[(unit * unitSize) + k];
                if (k == significant ? !IsTextAscii(b) : b != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsTextAscii(byte b) => (b >= 0x20 && b < 0x7F) || b == (byte)'\t' || b == (byte)'\n' || b == (byte)'\r';
}
