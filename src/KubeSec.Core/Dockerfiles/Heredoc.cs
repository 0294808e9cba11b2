using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A here-document attached to RUN, COPY or ADD (<c>&lt;&lt;EOF</c> ... <c>EOF</c>).</summary>
public sealed class Heredoc
{
    private readonly MappedText _body;

    internal Heredoc(string name, bool stripsLeadingTabs, bool isQuoted, int? fileDescriptor, SourceRegion markerRegion, MappedText body, bool isTerminated)
    {
        Name = name;
        StripsLeadingTabs = stripsLeadingTabs;
        IsQuoted = isQuoted;
        FileDescriptor = fileDescriptor;
        MarkerRegion = markerRegion;
        _body = body;
        IsTerminated = isTerminated;
    }

    /// <summary>The delimiter word, unquoted.</summary>
    public string Name { get; }

    /// <summary>Written <c>&lt;&lt;-</c>: leading tabs are removed from the body and the terminator.</summary>
    public bool StripsLeadingTabs { get; }

    /// <summary>Some part of the delimiter was quoted, so variables in the body are not expanded.</summary>
    public bool IsQuoted { get; }

    /// <summary>The file descriptor written before <c>&lt;&lt;</c> (<c>3&lt;&lt;EOF</c>), if any.</summary>
    public int? FileDescriptor { get; }

    /// <summary>The <c>&lt;&lt;EOF</c> word in the instruction line.</summary>
    public SourceRegion MarkerRegion { get; }

    /// <summary>The body with LF line ends (a CR before them dropped) and, for <c>&lt;&lt;-</c>, leading tabs removed.</summary>
    public string Body => _body.Text;

    public MappedText BodyText => _body;

    /// <summary>False when the file ends (or the next instruction starts) before the terminator line.</summary>
    public bool IsTerminated { get; }

    /// <summary>The file region of a span of <see cref="Body"/>.</summary>
    public SourceRegion RegionOf(int start, int length) => _body.RegionOf(start, length);
}
