using System;
using System.IO;
using System.Text;
using KubeSec.Model;

namespace KubeSec.Text;

public enum SourceFileProblemKind
{
    None,
    TooLarge,
    Binary,
    InvalidUtf8,
    Unreadable,
}

/// <summary>
/// A file read as text the way a linter should: size-bounded, BOM-aware, binary-safe, and with
/// invalid UTF-8 reported at its exact place instead of silently garbled.
/// </summary>
public sealed class SourceFile
{
    /// <summary>Larger files are not manifests or Dockerfiles anyone writes by hand; reading them would only cost time.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private SourceFile(string path, string? text, SourceFileProblemKind problem, SourceRegion problemRegion, string problemDetail)
    {
        Path = path;
        Text = text;
        Problem = problem;
        ProblemRegion = problemRegion;
        ProblemDetail = problemDetail;
    }

    public string Path { get; }

    /// <summary>The decoded text, or null when the file could not or should not be read as text.</summary>
    public string? Text { get; }

    public SourceFileProblemKind Problem { get; }
    public SourceRegion ProblemRegion { get; }
    public string ProblemDetail { get; }

    public static SourceFile Read(string path, long maxBytes = DefaultMaxBytes)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return new SourceFile(path, null, SourceFileProblemKind.TooLarge, SourceRegion.FileStart,
                    FormattableString.Invariant($"the file is {length / (1024.0 * 1024.0):0.0} MB, over the {maxBytes / (1024 * 1024)} MB limit for a manifest or Dockerfile"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(path, null, SourceFileProblemKind.Unreadable, SourceRegion.FileStart, error.Message.TrimEnd('.'));
        }

        return FromBytes(path, bytes);
    }

    public static SourceFile FromBytes(string path, byte[] bytes)
    {
        var offset = 0;
        Encoding strict = StrictUtf8;
        Encoding lenient = LenientUtf8;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            offset = 3;
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // UTF-16 with a BOM is text, whatever its zero bytes suggest.
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new SourceFile(path, utf16.GetString(bytes, 2, bytes.Length - 2), SourceFileProblemKind.None, default, string.Empty);
        }

        var probe = Math.Min(bytes.Length, 8000);
        for (var i = offset; i < probe; i++)
        {
            if (bytes[i] == 0)
            {
                var position = PositionOf(bytes, offset, i);
                return new SourceFile(path, null, SourceFileProblemKind.Binary, SourceRegion.At(position.Line, position.Column),
                    "the file holds a NUL byte, so it is binary, not text");
            }
        }

        try
        {
            return new SourceFile(path, strict.GetString(bytes, offset, bytes.Length - offset), SourceFileProblemKind.None, default, string.Empty);
        }
        catch (DecoderFallbackException error)
        {
            var bad = FirstInvalidUtf8(bytes, offset);
            bad = bad < 0 ? offset : bad;
            var position = PositionOf(bytes, offset, bad);
            var text = lenient.GetString(bytes, offset, bytes.Length - offset);
            var detail = FormattableString.Invariant($"byte 0x{bytes[bad]:X2} at offset {bad} is not valid UTF-8 ({error.GetType().Name}); the file is checked with the bad bytes replaced by U+FFFD");
            return new SourceFile(path, text, SourceFileProblemKind.InvalidUtf8, SourceRegion.At(position.Line, position.Column), detail);
        }
    }

    /// <summary>The index of the first byte that starts an invalid UTF-8 sequence, or -1.</summary>
    internal static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            int length;
            if (b < 0x80) { i++; continue; }
            else if (b >= 0xC2 && b <= 0xDF) { length = 2; }
            else if (b >= 0xE0 && b <= 0xEF) { length = 3; }
            else if (b >= 0xF0 && b <= 0xF4) { length = 4; }
            else { return i; }

            if (i + length > bytes.Length)
            {
                return i;
            }

            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            // Overlong and surrogate forms that the strict decoder also refuses.
            if ((b == 0xE0 && bytes[i + 1] < 0xA0) || (b == 0xED && bytes[i + 1] > 0x9F) ||
                (b == 0xF0 && bytes[i + 1] < 0x90) || (b == 0xF4 && bytes[i + 1] > 0x8F))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    /// <summary>1-based line and column (in characters, counting a multi-byte sequence once) of a byte offset.</summary>
    private static (int Line, int Column) PositionOf(byte[] bytes, int start, int index)
    {
        int line = 1, column = 1;
        for (var i = start; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
