using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.ApiVersions;

/// <summary>When an apiVersion of a kind was deprecated and removed, and what replaces it.</summary>
internal sealed class ApiLifecycleEntry
{
    public ApiLifecycleEntry(string apiVersion, string kind, KubernetesVersion? deprecatedIn, KubernetesVersion? removedIn, string? replacement)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        DeprecatedIn = deprecatedIn;
        RemovedIn = removedIn;
        Replacement = replacement;
    }

    public string ApiVersion { get; }

    /// <summary>The kind, or <c>*</c> for every kind of the apiVersion not listed by name.</summary>
    public string Kind { get; }

    public KubernetesVersion? DeprecatedIn { get; }
    public KubernetesVersion? RemovedIn { get; }

    /// <summary>The apiVersion to use instead; null when there is none (PodSecurityPolicy).</summary>
    public string? Replacement { get; }

    /// <summary>The fix for a message: <c>use policy/v1</c>.</summary>
    public string Advice(KubernetesObject obj) =>
        Replacement is not null ? "use " + Replacement
        : obj.Kind == "PodSecurityPolicy" ? "remove it and use Pod Security Admission (namespace labels pod-security.kubernetes.io/*) instead"
        : Kind == "*" ? "move it to the apiVersion the kind has today (apps/v1, networking.k8s.io/v1, policy/v1)"
        : "stop relying on it";
}

/// <summary>The table of deprecated and removed apiVersions (<c>api-lifecycle.tsv</c>, embedded), loaded once.</summary>
internal static class ApiLifecycle
{
    private static readonly Lazy<Dictionary<string, ApiLifecycleEntry>> Table = new(Load);

    /// <summary>The entry for an object's apiVersion and kind, or null when it is current.</summary>
    public static ApiLifecycleEntry? Find(KubernetesObject obj) =>
        Table.Value.TryGetValue(obj.ApiVersion + " " + obj.Kind, out var entry) || Table.Value.TryGetValue(obj.ApiVersion + " *", out entry)
            ? entry
            : null;

    private static Dictionary<string, ApiLifecycleEntry> Load()
    {
        var table = new Dictionary<string, ApiLifecycleEntry>(StringComparer.Ordinal);
        using var stream = typeof(ApiLifecycle).Assembly.GetManifestResourceStream("apiversions/api-lifecycle.tsv")
            ?? throw new InvalidOperationException("The embedded table apiversions/api-lifecycle.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = line.Split('\t');
            if (line.StartsWith("#", StringComparison.Ordinal) || fields.Length != 5)
            {
                continue;
            }

            table[fields[0] + " " + fields[1]] = new ApiLifecycleEntry(fields[0], fields[1], Version(fields[2]), Version(fields[3]), fields[4] == "-" ? null : fields[4]);
        }

        return table;
    }

    private static KubernetesVersion? Version(string text) => KubernetesVersion.TryParse(text, out var version) ? version : null;
}
