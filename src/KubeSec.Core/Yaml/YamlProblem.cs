using KubeSec.Model;

namespace KubeSec.Yaml;

public enum YamlProblemKind
{
    /// <summary>The text is not YAML kubectl can read; the document that holds it is not checked past the error.</summary>
    SyntaxError,

    /// <summary>A mapping repeats a key; the last value is used, as kubectl does.</summary>
    DuplicateKey,

    /// <summary>Nesting deeper than the loader accepts; the document is skipped.</summary>
    NestingTooDeep,

    /// <summary>Aliases expand to more nodes than the loader accepts (an alias bomb); the document is skipped.</summary>
    AliasExpansionTooLarge,

    /// <summary>Text kubectl never applies (after a document's '...' end marker); it is not checked.</summary>
    IgnoredContent,
}

/// <summary>Something wrong with a YAML text, at a place in it.</summary>
public sealed class YamlProblem
{
    public YamlProblem(YamlProblemKind kind, SourceRegion region, string detail)
    {
        Kind = kind;
        Region = region;
        Detail = detail;
    }

    public YamlProblemKind Kind { get; }
    public SourceRegion Region { get; }
    public string Detail { get; }
}
