using System.Linq;
using System.Text;
using KubeSec.Model;
using KubeSec.Rules;

namespace KubeSec.Reporting;

/// <summary>
/// docs/rules/README.md, generated from the rule metadata so the index can never drift from the
/// rules (<c>kubesec rules --format markdown &gt; docs/rules/README.md</c>; a test checks it).
/// </summary>
public static class RuleIndexPage
{
    public static string Render(RuleCatalog catalog)
    {
        var text = new StringBuilder();
        text.Append("# KubeSec rules\n\n")
            .Append("Generated from the rules' metadata by `kubesec rules --format markdown`; do not edit by hand.\n\n")
            .Append("Profiles: `default` runs the rules marked *default*; `baseline` adds the Pod Security Standards baseline rules; ")
            .Append("`restricted` adds the restricted ones; `all` (`--all-rules`) runs everything.\n\n");
        foreach (var category in catalog.All.Select(rule => rule.Descriptor.Category).Distinct())
        {
            text.Append("## ").Append(category).Append("\n\n")
                .Append("| ID | Title | Severity | On | PSS | CIS | Equivalents |\n")
                .Append("|---|---|---|---|---|---|---|\n");
            foreach (var d in catalog.All.Select(rule => rule.Descriptor).Where(d => d.Category == category))
            {
                text.Append("| [").Append(d.Id).Append("](").Append(d.Id).Append(".md) | ")
                    .Append(Escape(d.Title)).Append(" | ")
                    .Append(d.DefaultSeverity.ToText()).Append(" | ")
                    .Append(d.EnabledByDefault ? "default" : "opt-in").Append(" | ")
                    .Append(d.PodSecurity == PodSecurityLevel.None ? "" : d.PodSecurity.ToString().ToLowerInvariant()).Append(" | ")
                    .Append(Escape(d.CisItem ?? string.Empty)).Append(" | ")
                    .Append(string.Join(", ", d.Equivalents.Select(e => "`" + e + "`"))).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|");
}
