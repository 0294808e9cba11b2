using System.Collections.Concurrent;
using System.IO;

namespace KubeSec.Reporting;

/// <summary>The rule doc pages (docs/rules/*.md), embedded in the engine so SARIF help matches the docs.</summary>
public static class RuleDocs
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new();

    public static string? Markdown(string ruleId) => Cache.GetOrAdd(ruleId, Load);

    private static string? Load(string ruleId)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("docs/" + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
