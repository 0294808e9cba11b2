using System;
using System.IO;
using System.Text;
using KubeSec.Text;

namespace KubeSec.Reporting;

/// <summary>
/// Writes a file we produce (SARIF, a text report, the findings cache) without ever destroying what
/// is at the path: a regular file (or a missing one) is replaced by an atomic rename of a temporary
/// file next to it, so readers never see half a file and nothing is deleted first; a character device
/// (<c>/dev/null</c>, a terminal) or a pipe, named directly or through a link (<c>/dev/stdout</c>), is
/// written as a stream; anything else is refused with a message saying why: a folder, a block device,
/// a socket, and a symbolic link to a regular file (a link planted in a checkout, obj/Debug/kubesec.sarif
/// pointing at ~/.bashrc, must not make the build overwrite the file it points to).
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the text <paramref name="write"/> produces to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The path cannot be written (an <see cref="OutputFileException"/> when it names something that must not be replaced).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        var itself = FileKinds.Of(path, followLinks: false);
        var target = itself == FileKind.SymbolicLink ? FileKinds.Of(path, followLinks: true) : itself;
        switch (target)
        {
            case FileKind.CharacterDevice:
            case FileKind.Fifo:
                Stream(path, write);
                break;
            case FileKind.Missing when itself == FileKind.SymbolicLink:
                throw new OutputFileException($"'{path}' is a symbolic link to a file that does not exist; give the path of a file to write, not a link.");
            case FileKind.Regular when itself == FileKind.SymbolicLink:
                throw new OutputFileException($"'{path}' is a symbolic link to a file, which is never replaced through the link; give the path of the file itself.");
            case FileKind.Missing:
            case FileKind.Regular:
                ReplaceAtomically(path, write);
                break;
            case FileKind.Directory:
                throw new OutputFileException($"'{path}' is a folder; give the path of a file to write.");
            default:
                throw new OutputFileException($"'{path}' is a {Describe(target)}; only a regular file, a character device such as /dev/null, or a pipe is written.");
        }
    }

    /// <summary>
    /// Whether a write to the path would be an atomic replacement of a regular file (or the creation of a
    /// missing one), not a link, so a read-modify-write of it makes sense and a cache may live there.
    /// </summary>
    public static bool IsReplaceable(string path) => FileKinds.Of(path, followLinks: false) is FileKind.Regular or FileKind.Missing;

    private static void ReplaceAtomically(string target, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Next to the target, so the rename stays on one file system and is atomic.
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8))
            {
                write(writer);
            }

            if (File.Exists(full))
            {
                File.Replace(temporary, full, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                try
                {
                    File.Move(temporary, full);
                }
                catch (IOException) when (File.Exists(full))
                {
                    // Another writer created the file meanwhile: replace its version, as a later writer would.
                    File.Replace(temporary, full, destinationBackupFileName: null, ignoreMetadataErrors: true);
                }
            }
        }
        finally
        {
            // Only our own temporary file is ever deleted, and only when the rename did not consume it.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Stream(string path, Action<TextWriter> write)
    {
        // Open, not Create: nothing is created, truncated or replaced, the bytes go where the device or pipe sends them.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 4096);
        using var writer = new StreamWriter(stream, Utf8);
        write(writer);
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.BlockDevice => "block device",
        FileKind.Socket => "socket",
        FileKind.SymbolicLink => "symbolic link",
        _ => "special file",
    };
}

/// <summary>The output path names something that must not be written or replaced (a folder, a block device ...).</summary>
public sealed class OutputFileException : IOException
{
    public OutputFileException(string message)
        : base(message)
    {
    }
}
