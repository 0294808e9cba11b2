using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A parser directive from the top of the file, such as <c># escape=`</c>.</summary>
public sealed class ParserDirective
{
    internal ParserDirective(string name, string value, SourceRegion region)
    {
        Name = name;
        Value = value;
        Region = region;
    }

    /// <summary>Lower-cased: directive names are case-insensitive.</summary>
    public string Name { get; }

    public string Value { get; }

    public SourceRegion Region { get; }
}
