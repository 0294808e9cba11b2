using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace KubeSec.Text;

/// <summary>What a path names, as the operating system sees it (not what its name suggests).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// Answers "what is at this path" and "where does it really lead" without opening it: opening a FIFO
/// blocks in open(2) itself, and .NET's FileAttributes call a FIFO, a device or a socket a normal file.
/// KubeSec.Core is netstandard2.0 (no UnixFileMode, no ResolveLinkTarget), so on Unix this asks the C
/// library, through layouts that do not vary by architecture; every failure falls back to a managed
/// answer, and nothing here throws.
/// </summary>
public static class FileKinds
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    /// <summary>What is at the path; followLinks=false reports a link itself (lstat), true its final target (stat).</summary>
    public static FileKind Of(string path, bool followLinks = true)
    {
        if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0)
        {
            return FileKind.Missing;
        }

        try
        {
            if (!IsWindows)
            {
                var mode = UnixStat.Mode(path, followLinks);
                if (mode is { } known)
                {
                    return known < 0 ? FileKind.Missing : FromMode(known);
                }
            }

            return Managed(path, followLinks);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return FileKind.Other;
        }
    }

    /// <summary>
    /// The canonical absolute path with every symbolic link resolved (realpath(3) on Unix, the final path
    /// on Windows), or null when it cannot be resolved (missing, a dangling link, a link cycle).
    /// </summary>
    public static string? RealPath(string path)
    {
        if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0)
        {
            return null;
        }

        try
        {
            if (IsWindows)
            {
                return WindowsFinalPath.Of(path) ?? ManagedRealPath(path);
            }

            var resolved = UnixRealPath.Of(path, out var native);
            return native ? resolved : ManagedRealPath(path);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The POSIX S_IFMT values, the same on Linux, macOS and the BSDs (and in .NET's System.Native).</summary>
    internal static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };

    private static FileKind Managed(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
            if (!info.Exists)
            {
                return FileKind.Missing;
            }
        }

        var isDirectory = (info.Attributes & FileAttributes.Directory) != 0;
        if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && !followLinks)
        {
            return FileKind.SymbolicLink;
        }

        return isDirectory ? FileKind.Directory : FileKind.Regular;
    }

    private static string? ManagedRealPath(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) || Directory.Exists(full) ? full : null;
    }

    /// <summary>
    /// stat/lstat without struct stat, whose layout differs per OS, architecture and C library (and whose
    /// symbol glibc before 2.33 does not even export). Linux: statx(2), one layout everywhere. Elsewhere,
    /// or where statx is refused (old glibc, a seccomp filter): the .NET runtime's own System.Native
    /// stat, whose FileStatus starts with two int32 fields, Flags then Mode, in every release.
    /// </summary>
    internal static class UnixStat
    {
        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxType = 0x1;
        private const int StatxBufferSize = 256;
        private const int StatxModeOffset = 28;
        private const int FileStatusModeOffset = 4;

        // errno values shared by Linux, macOS and the BSDs.
        private const int ENOENT = 2;
        private const int ENOTDIR = 20;

        private static volatile bool _statxMissing;
        private static volatile bool _systemNativeMissing;

        /// <summary>The st_mode of the path, -1 when it does not exist, or null when no native answer is available.</summary>
        public static int? Mode(string path, bool followLinks)
        {
            var bytes = NulTerminatedUtf8(path);
            if (!_statxMissing && RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                var result = TryStatx(bytes, followLinks);
                if (result is not null)
                {
                    return result;
                }
            }

            if (!_systemNativeMissing)
            {
                var result = TrySystemNative(bytes, followLinks);
                if (result is not null)
                {
                    return result;
                }
            }

            return null;
        }

        /// <summary>The st_mode by statx(2) alone (tests compare the two ways).</summary>
        internal static int? Statx(string path, bool followLinks) => TryStatx(NulTerminatedUtf8(path), followLinks);

        /// <summary>The st_mode by System.Native alone.</summary>
        internal static int? SystemNative(string path, bool followLinks) => TrySystemNative(NulTerminatedUtf8(path), followLinks);

        private static int? TryStatx(byte[] path, bool followLinks)
        {
            var buffer = new byte[StatxBufferSize];
            int rc;
            try
            {
                rc = NativeMethods.statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer);
            }
            catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
            {
                _statxMissing = true;
                return null;
            }

            if (rc != 0)
            {
                return Failed(Marshal.GetLastWin32Error());
            }

            var mask = BitConverter.ToUInt32(buffer, 0);
            return (mask & StatxType) != 0 ? BitConverter.ToUInt16(buffer, StatxModeOffset) : null;
        }

        private static int? TrySystemNative(byte[] path, bool followLinks)
        {
            // Larger than any release's FileStatus: later releases append fields.
            var buffer = new byte[512];
            int rc;
            try
            {
                rc = followLinks ? NativeMethods.SystemNative_Stat(path, buffer) : NativeMethods.SystemNative_LStat(path, buffer);
            }
            catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
            {
                _systemNativeMissing = true;
                return null;
            }

            return rc != 0 ? Failed(Marshal.GetLastWin32Error()) : BitConverter.ToInt32(buffer, FileStatusModeOffset);
        }

        /// <summary>A path that names nothing is Missing; any other refusal (no permission on a parent, ...) is left to the fallback.</summary>
        private static int? Failed(int errno) => errno is ENOENT or ENOTDIR ? -1 : null;
    }

    private static class UnixRealPath
    {
        private static volatile bool _missing;

        public static string? Of(string path, out bool native)
        {
            native = false;
            if (_missing)
            {
                return null;
            }

            IntPtr resolved;
            try
            {
                resolved = NativeMethods.realpath(NulTerminatedUtf8(path), IntPtr.Zero);
            }
            catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
            {
                _missing = true;
                return null;
            }

            native = true;
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Utf8At(resolved);
            }
            finally
            {
                NativeMethods.free(resolved);
            }
        }

        private static string Utf8At(IntPtr text)
        {
            var length = 0;
            while (Marshal.ReadByte(text, length) != 0)
            {
                length++;
            }

            var bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static class WindowsFinalPath
    {
        private const uint FileShareAll = 0x1 | 0x2 | 0x4;
        private const uint OpenExisting = 3;
        private const uint FileFlagBackupSemantics = 0x02000000;
        private static readonly IntPtr InvalidHandle = new(-1);

        public static string? Of(string path)
        {
            // A handle with no access rights reads nothing and, on Windows, cannot block.
            var handle = NativeMethods.CreateFileW(Path.GetFullPath(path), 0, FileShareAll, IntPtr.Zero, OpenExisting, FileFlagBackupSemantics, IntPtr.Zero);
            if (handle == InvalidHandle)
            {
                return null;
            }

            try
            {
                var buffer = new StringBuilder(1024);
                var length = NativeMethods.GetFinalPathNameByHandleW(handle, buffer, (uint)buffer.Capacity, 0);
                if (length > buffer.Capacity)
                {
                    buffer = new StringBuilder((int)length + 1);
                    length = NativeMethods.GetFinalPathNameByHandleW(handle, buffer, (uint)buffer.Capacity, 0);
                }

                if (length == 0 || length > buffer.Capacity)
                {
                    return null;
                }

                var final = buffer.ToString(0, (int)length);
                if (final.StartsWith(@"\\?\UNC\", StringComparison.Ordinal))
                {
                    return @"\\" + final.Substring(8);
                }

                return final.StartsWith(@"\\?\", StringComparison.Ordinal) ? final.Substring(4) : final;
            }
            finally
            {
                NativeMethods.CloseHandle(handle);
            }
        }
    }

    private static byte[] NulTerminatedUtf8(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
        return bytes;
    }

    private static class NativeMethods
    {
        // "libc" is mapped by the .NET runtime (and Mono) to the platform's C library.
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int dirfd, byte[] path, int flags, uint mask, [Out] byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr realpath(byte[] path, IntPtr resolved);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern void free(IntPtr pointer);

        [DllImport("libSystem.Native", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int SystemNative_Stat(byte[] path, [Out] byte[] output);

        [DllImport("libSystem.Native", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int SystemNative_LStat(byte[] path, [Out] byte[] output);

        [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        public static extern IntPtr CreateFileW(string path, uint access, uint share, IntPtr security, uint creation, uint flags, IntPtr template);

        [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        public static extern uint GetFinalPathNameByHandleW(IntPtr handle, StringBuilder buffer, uint length, uint flags);

        [DllImport("kernel32.dll", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool CloseHandle(IntPtr handle);
    }
}
