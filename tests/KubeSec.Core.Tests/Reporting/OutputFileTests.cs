using System.IO;
using KubeSec.Reporting;
using KubeSec.Tests.Text;
using KubeSec.Text;

namespace KubeSec.Tests.Reporting;

/// <summary>Writing an output never destroys what is at the path.</summary>
public sealed class OutputFileTests : System.IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_regular_file_is_replaced_and_a_missing_one_created_with_its_folder()
    {
        var existing = _files.Write("out/report.txt", "old and longer\n");
        var fresh = Path.Combine(_files.Root, "new", "folder", "report.txt");

        OutputFile.Write(existing, writer => writer.Write("new\n"));
        OutputFile.Write(fresh, writer => writer.Write("fresh\n"));

        Assert.Equal("new\n", File.ReadAllText(existing));
        Assert.Equal("fresh\n", File.ReadAllText(fresh));
        Assert.Equal(new[] { existing }, Directory.GetFiles(Path.GetDirectoryName(existing)!)); // no temporary file left
    }

    [Fact]
    public void A_folder_is_refused_and_left_as_it_was()
    {
        var folder = Path.Combine(_files.Root, "a-folder");
        Directory.CreateDirectory(folder);
        _files.Write("a-folder/inside.txt", "keep");

        var error = Assert.Throws<OutputFileException>(() => OutputFile.Write(folder, writer => writer.Write("x")));

        Assert.Contains("is a folder", error.Message, System.StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(folder, "inside.txt")));
        Assert.Single(Directory.GetFileSystemEntries(folder));
        Assert.Single(Directory.GetFileSystemEntries(_files.Root));
    }

    [UnixFact]
    public void Dev_null_is_written_to_and_stays_a_character_device()
    {
        OutputFile.Write("/dev/null", writer => writer.Write("discarded\n"));

        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null", followLinks: false));
    }

    [UnixFact]
    public void A_link_to_a_device_streams_and_a_link_to_a_file_is_refused_and_both_stay()
    {
        var toNull = SpecialFiles.Link(Path.Combine(_files.Root, "null.sarif"), "/dev/null");
        var target = _files.Write("home/.bashrc", "keep me");
        var toFile = SpecialFiles.Link(Path.Combine(_files.Root, "obj", "kubesec.sarif"), target);

        OutputFile.Write(toNull, writer => writer.Write("x"));
        var error = Assert.Throws<OutputFileException>(() => OutputFile.Write(toFile, writer => writer.Write("overwritten")));

        Assert.Contains("symbolic link to a file", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(toNull, followLinks: false));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null", followLinks: false));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(toFile, followLinks: false));
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.False(OutputFile.IsReplaceable(toFile));
        if (File.Exists("/dev/stdout"))
        {
            OutputFile.Write("/dev/stdout", writer => writer.Write(string.Empty)); // a link to the process's own output
        }
    }

    [UnixFact(Timeout = 60000)]
    public async System.Threading.Tasks.Task A_fifo_is_streamed_into_not_replaced()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(_files.Root, "report.fifo"));
        var reader = System.Threading.Tasks.Task.Run(() => File.ReadAllText(fifo));

        await System.Threading.Tasks.Task.Run(() => OutputFile.Write(fifo, writer => writer.Write("through the pipe")));

        Assert.Equal("through the pipe", await reader);
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo, followLinks: false));
    }

    [UnixFact]
    public void A_dangling_link_is_refused_and_kept()
    {
        var dangling = SpecialFiles.Link(Path.Combine(_files.Root, "dangling.sarif"), Path.Combine(_files.Root, "nowhere", "x"));

        Assert.Throws<OutputFileException>(() => OutputFile.Write(dangling, writer => writer.Write("x")));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(dangling, followLinks: false));
    }
}
