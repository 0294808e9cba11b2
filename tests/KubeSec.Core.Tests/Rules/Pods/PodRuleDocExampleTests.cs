using System.IO;
using System.Text.RegularExpressions;
using KubeSec.Tests.Rules;

namespace KubeSec.Tests.Rules.Pods;

/// <summary>The Before example of each pod rule's doc page fires the rule and the After example passes it.</summary>
public class PodRuleDocExampleTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        for (var n = 1008; n <= 1099; n++)
        {
            var id = "KS" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (File.Exists(PagePath(id)))
            {
                data.Add(id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Before_fires_and_after_passes(string id)
    {
        var page = File.ReadAllText(PagePath(id)).Replace("\r\n", "\n");
        var before = Regex.Match(page, "Before:\n\n```yaml\n(.*?)```", RegexOptions.Singleline);
        var after = Regex.Match(page, "After[^\n]*:\n\n```yaml\n(.*?)```", RegexOptions.Singleline);

        Assert.True(before.Success && after.Success, id + " has Before and After YAML examples");
        Assert.NotEmpty(Lint.Manifest(before.Groups[1].Value, id));
        Assert.Empty(Lint.Manifest(after.Groups[1].Value, id));
    }

    private static string PagePath(string id) => Path.Combine(RuleCatalogTests.RepoRoot(), "docs", "rules", id + ".md");
}
