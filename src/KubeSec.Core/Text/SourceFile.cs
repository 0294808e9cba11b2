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

    /// <summary>A FIFO, socket or device: never opened.</summary>
    NotRegularFile,
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

    /// <summary>
    /// Reads the file as text. Only a regular file is opened (a FIFO would block open(2) forever, a device
    /// never ends), and at most <paramref name="maxBytes"/> + 1 bytes are read whatever the file claims
    /// its length is: a device reports 0 and a growing file changes under us.
    /// </summary>
    public static SourceFile Read(string path, long maxBytes = DefaultMaxBytes)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Regular)
        {
            return NotAFile(path, kind);
        }

        var limit = (int)Math.Max(0, Math.Min(maxBytes, int.MaxValue - 1024L));
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            bytes = ReadAtMost(stream, limit + 1);
            if (bytes.Length > limit)
            {
                var claimed = SafeLength(stream);
                var size = claimed > limit ? "the file is " + FormatSize(claimed) + ", over" : "the file holds more than";
                return new SourceFile(path, null, SourceFileProblemKind.TooLarge, SourceRegion.FileStart,
                    size + " the " + FormatSize(limit) + " limit for a manifest or Dockerfile, so it was not read past the limit");
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new SourceFile(path, null, SourceFileProblemKind.Unreadable, SourceRegion.FileStart, QuotedText.Short(error.Message.TrimEnd('.'), QuotedText.MaxPathLength));
        }

        return FromBytes(path, bytes);
    }

    /// <summary>The first bytes of a regular file as text (bad UTF-8 replaced), or null: for judging a file too large to read.</summary>
    internal static string? ReadPrefix(string path, int maxBytes)
    {
        if (FileKinds.Of(path) != FileKind.Regular)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            var bytes = ReadAtMost(stream, maxBytes);
            return LenientUtf8.GetString(bytes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static SourceFile NotAFile(string path, FileKind kind)
    {
        var viaLink = FileKinds.Of(path, followLinks: false) == FileKind.SymbolicLink;
        var target = viaLink ? FileKinds.RealPath(path) : null;
        var link = !viaLink ? "it is " : target is null ? "it is a symbolic link to " : "it is a symbolic link to '" + QuotedText.Short(target, QuotedText.MaxPathLength) + "', ";
        switch (kind)
        {
            case FileKind.Missing:
                return new SourceFile(path, null, SourceFileProblemKind.Unreadable, SourceRegion.FileStart,
                    viaLink ? "it is a symbolic link whose target does not exist (or a loop of links)" : "there is no such file");
            case FileKind.Directory:
                return new SourceFile(path, null, SourceFileProblemKind.Unreadable, SourceRegion.FileStart, link + "a folder, not a file");
            default:
                return new SourceFile(path, null, SourceFileProblemKind.NotRegularFile, SourceRegion.FileStart,
                    link + Describe(kind) + ", not a regular file, so it was not opened (reading it could block or never end)");
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "something other than a file",
    };

    /// <summary>Reads until the end or <paramref name="limit"/> bytes, whichever comes first, growing the buffer as data arrives.</summary>
    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        // The claimed length only sizes the first buffer; it is never trusted as a bound.
        var claimed = SafeLength(stream);
        var buffer = new byte[(int)Math.Min(limit, Math.Max(4096, claimed + 1))];
        var total = 0;
        while (total < limit)
        {
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        if (total != buffer.Length)
        {
            Array.Resize(ref buffer, total);
        }

        return buffer;
    }

    private static long SafeLength(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? FormattableString.Invariant($"{bytes / (1024.0 * 1024.0):0.#} MB")
        : FormattableString.Invariant($"{bytes} bytes");

    public static SourceFile FromBytes(string path, byte[] bytes)
    {
        var offset = 0;
        Encoding strict = StrictUtf8;
        Encoding lenient = LenientUtf8;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            offset = 3;
        }
        else if (UnicodeEncodings.Detect(bytes) is { } foreign)
        {
            return FromForeignEncoding(path, bytes, foreign);
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

    /// <summary>
    /// UTF-16 with a BOM is text kubectl reads (Go's YAML reader decodes it). UTF-32, and UTF-16 without a
    /// BOM, it reads as UTF-8 and fails on the NUL bytes: the file is checked decoded, and said to need saving as UTF-8.
    /// </summary>
    private static SourceFile FromForeignEncoding(string path, byte[] bytes, UnicodeEncodings.Detected foreign)
    {
        var text = foreign.Encoding.GetString(bytes, foreign.BomLength, bytes.Length - foreign.BomLength);
        if (foreign.KubectlReads)
        {
            return new SourceFile(path, text, SourceFileProblemKind.None, default, string.Empty);
        }

        return new SourceFile(path, text, SourceFileProblemKind.InvalidUtf8, SourceRegion.FileStart,
            "the file is encoded as " + foreign.Name + ", which kubectl and docker do not read (they read UTF-8); it is checked as decoded");
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
