using System;
using KubeSec.Rules;
using KubeSec.Text;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Reads a Dockerfile the way BuildKit does (directives, continuations, comments inside them,
/// heredocs, exec form), keeping the exact position of everything. It never throws on bad input:
/// what BuildKit would refuse becomes a KS0008 finding and the rest of the file is still read.
/// Time is linear in the input (up to a log factor for heredoc look-ups).
/// </summary>
public static class DockerfileParser
{
    public static Dockerfile Parse(string path) => Parse(SourceFile.Read(path));

    public static Dockerfile Parse(SourceFile source)
    {
        var sink = new FindingSink(source.Path);
        SourceProblemReporter.Report(source, sink);

        // No text (missing, unreadable, too large, binary): the file's own finding is the only one;
        // an empty Dockerfile would also be told it has no FROM.
        return source.Text is { } text
            ? new DockerfileReader(source.Path, text, sink).Read()
            : new DockerfileReader(source.Path, string.Empty, sink).ReadNothing();
    }

    public static Dockerfile Parse(string path, string text)
    {
        // SourceFile drops a BOM; text handed in directly may still carry one.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        return new DockerfileReader(path, text, new FindingSink(path)).Read();
    }
}
