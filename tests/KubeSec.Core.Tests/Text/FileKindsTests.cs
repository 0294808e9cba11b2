using System.IO;
using System.Threading.Tasks;
using KubeSec.Text;

namespace KubeSec.Tests.Text;

public sealed class FileKindsTests : System.IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_regular_file_and_a_folder()
    {
        var file = _files.Write("a.yaml", "kind: Pod\n");
        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Regular, FileKinds.Of(file, followLinks: false));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_files.Root));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_files.Root, followLinks: false));
    }

    [Fact]
    public void A_missing_path_or_no_path_is_missing()
    {
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_files.Root, "nothing.yaml")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_files.Root, "nothing", "below.yaml")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(string.Empty));
        Assert.Equal(FileKind.Missing, FileKinds.Of("a\0b"));
        Assert.Null(FileKinds.RealPath(Path.Combine(_files.Root, "nothing.yaml")));
        Assert.Null(FileKinds.RealPath(string.Empty));
    }

    [UnixFact(Timeout = 60000)]
    public async Task A_fifo_is_told_apart_without_opening_it()
    {
        // Opening the FIFO would block this test until the runner's timeout.
        var fifo = SpecialFiles.Fifo(Path.Combine(_files.Root, "x.yaml"));
        await Task.Run(() =>
        {
            Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
            Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo, followLinks: false));
        });
    }

    [UnixFact]
    public void Devices_are_character_devices()
    {
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/zero"));
    }

    [UnixFact]
    public void A_link_is_a_link_itself_and_its_target_when_followed()
    {
        var target = _files.Write("real/a.yaml", "kind: Pod\n");
        var fileLink = SpecialFiles.Link(Path.Combine(_files.Root, "link.yaml"), target);
        var folderLink = SpecialFiles.Link(Path.Combine(_files.Root, "folder"), Path.GetDirectoryName(target)!);
        var deviceLink = SpecialFiles.Link(Path.Combine(_files.Root, "zero.yaml"), "/dev/zero");

        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(fileLink, followLinks: false));
        Assert.Equal(FileKind.Regular, FileKinds.Of(fileLink));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(folderLink, followLinks: false));
        Assert.Equal(FileKind.Directory, FileKinds.Of(folderLink));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of(deviceLink));
        Assert.Equal(FileKinds.RealPath(target), FileKinds.RealPath(fileLink));
        Assert.Equal(FileKinds.RealPath(target), FileKinds.RealPath(Path.Combine(folderLink, "a.yaml")));
        Assert.Equal("/dev/zero", FileKinds.RealPath(deviceLink));
    }

    [UnixFact]
    public void A_dangling_link_is_missing_when_followed_and_has_no_real_path()
    {
        var dangling = SpecialFiles.Link(Path.Combine(_files.Root, "gone.yaml"), Path.Combine(_files.Root, "never-there.yaml"));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(dangling, followLinks: false));
        Assert.Equal(FileKind.Missing, FileKinds.Of(dangling));
        Assert.Null(FileKinds.RealPath(dangling));
    }

    [UnixFact]
    public void The_real_path_resolves_every_link_and_dot_segment()
    {
        var target = _files.Write("real/sub/a.yaml", "kind: Pod\n");
        var self = SpecialFiles.Link(Path.Combine(_files.Root, "real", "self"), ".");
        var viaSelf = Path.Combine(self, "self", "sub", "..", "sub", "a.yaml");

        var real = FileKinds.RealPath(viaSelf);
        Assert.Equal(FileKinds.RealPath(target), real);
        Assert.DoesNotContain("self", real!, System.StringComparison.Ordinal);
        Assert.Equal(FileKinds.RealPath(Path.Combine(_files.Root, "real")), FileKinds.RealPath(self));
    }

    [Fact]
    public void File_modes_map_to_kinds()
    {
        Assert.Equal(FileKind.Regular, FileKinds.FromMode(0x81A4));
        Assert.Equal(FileKind.Directory, FileKinds.FromMode(0x41ED));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.FromMode(0xA1FF));
        Assert.Equal(FileKind.Fifo, FileKinds.FromMode(0x11A4));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.FromMode(0x21B6));
        Assert.Equal(FileKind.BlockDevice, FileKinds.FromMode(0x61B0));
        Assert.Equal(FileKind.Socket, FileKinds.FromMode(0xC1ED));
        Assert.Equal(FileKind.Other, FileKinds.FromMode(0));
    }
}

public sealed class FileKindsNativeTests : System.IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [UnixFact(Timeout = 60000)]
    public async Task Statx_and_the_runtime_fallback_agree()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(_files.Root, "x.yaml"));
        var file = _files.Write("a.yaml", "kind: Pod\n");
        var link = SpecialFiles.Link(Path.Combine(_files.Root, "l.yaml"), file);
        var missing = Path.Combine(_files.Root, "none.yaml");
        await Task.Run(() =>
        {
            foreach (var path in new[] { fifo, file, link, missing, _files.Root, "/dev/null" })
            {
                foreach (var follow in new[] { true, false })
                {
                    var fallback = FileKinds.UnixStat.SystemNative(path, follow);
                    Assert.NotNull(fallback);
                    if (System.OperatingSystem.IsLinux())
                    {
                        Assert.Equal(fallback, FileKinds.UnixStat.Statx(path, follow));
                    }

                    Assert.Equal(FileKinds.Of(path, follow), fallback < 0 ? FileKind.Missing : FileKinds.FromMode(fallback!.Value));
                }
            }
        });
    }
}
