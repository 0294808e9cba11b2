using System;

namespace KubeSec.Model;

/// <summary>
/// An image reference split the way Docker reads it: <c>[registry/]repository[:tag][@digest]</c>.
/// A first path component is a registry when it has a dot or a port, or is <c>localhost</c>.
/// </summary>
public sealed class ImageReference
{
    private ImageReference(string text, string? registry, string repository, string? tag, string? digest)
    {
        Text = text;
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>The reference as parsed (after variable expansion).</summary>
    public string Text { get; }

    /// <summary>The registry host (and port), or null for Docker Hub.</summary>
    public string? Registry { get; }

    /// <summary>The path after the registry, such as <c>library/node</c>'s short form <c>node</c> or <c>dotnet/aspnet</c>.</summary>
    public string Repository { get; }

    public string? Tag { get; }

    /// <summary>The digest after <c>@</c>, such as <c>sha256:...</c>.</summary>
    public string? Digest { get; }

    /// <summary><c>FROM scratch</c>: the empty image, which has no tag to pin.</summary>
    public bool IsScratch => Registry is null && Tag is null && Digest is null &&
        string.Equals(Repository, "scratch", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reference's repository with its registry: what a tag or digest is attached to.</summary>
    public string Name => Registry is null ? Repository : Registry + "/" + Repository;

    /// <summary>Parses a reference that holds no variables; null when it is not a plausible reference.</summary>
    public static ImageReference? TryParse(string text)
    {
        if (text.Length == 0 || text.IndexOf('$') >= 0 || HasSpace(text))
        {
            return null;
        }

        var rest = text;
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest.Substring(at + 1);
            rest = rest.Substring(0, at);
            if (digest.Length == 0)
            {
                return null;
            }
        }

        string? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest.Substring(colon + 1);
            rest = rest.Substring(0, colon);
            if (tag.Length == 0)
            {
                return null;
            }
        }

        string? registry = null;
        var slash = rest.IndexOf('/');
        if (slash > 0)
        {
            var first = rest.Substring(0, slash);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || string.Equals(first, "localhost", StringComparison.Ordinal))
            {
                registry = first;
                rest = rest.Substring(slash + 1);
            }
        }

        return rest.Length == 0 || rest.EndsWith("/", StringComparison.Ordinal)
            ? null
            : new ImageReference(text, registry, rest, tag, digest);
    }

    public override string ToString() => Text;

    private static bool HasSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
