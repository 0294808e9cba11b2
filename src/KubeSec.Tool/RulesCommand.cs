using System.CommandLine;
using System.Globalization;
using System.IO;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Rules;

namespace KubeSec.Tool;

/// <summary><c>kubesec rules</c>: every rule with its severity, whether it is on by default, and its help link.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var format = new Option<string>("--format") { Description = "text, or markdown (the docs/rules/README.md index).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("rules", "List every rule: ID, default severity, on by default or opt-in, title and help link.") { format };
        command.SetAction(result =>
        {
            if (result.GetValue(format) == "markdown")
            {
                output.Write(RuleIndexPage.Render(RuleCatalog.Default));
                return Cli.Clean;
            }

            foreach (var rule in RuleCatalog.Default.All)
            {
                var d = rule.Descriptor;
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}  {1,-8}  {2,-7}  {3}  {4}",
                    d.Id, d.DefaultSeverity.ToText(), d.EnabledByDefault ? "default" : "opt-in", d.Title, d.HelpUri));
            }

            return Cli.Clean;
        });
        return command;
    }
}
