using System.IO;
using System.Text.RegularExpressions;
using KubeSec.Reporting;
using KubeSec.Rules;

namespace KubeSec.Tests.Rules;

/// <summary>Every rule carries complete metadata and a doc page: the discipline that keeps IDs a product.</summary>
public class RuleCatalogTests
{
    private static readonly string[] Peers = { "kube-linter", "polaris", "kube-score", "trivy", "checkov", "kubesec", "kubeaudit", "hadolint" };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Default.All)
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = RuleCatalog.Default.All.Select(r => r.Descriptor.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^KS[0-9]{4}$", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_complete_metadata(string id)
    {
        var rule = RuleCatalog.Default.Find(id)!;
        var d = rule.Descriptor;

        Assert.StartsWith(d.Id, rule.GetType().Name);
        Assert.EndsWith(d.Name, rule.GetType().Name);
        Assert.False(string.IsNullOrWhiteSpace(d.Title));
        Assert.False(string.IsNullOrWhiteSpace(d.Description));
        Assert.False(string.IsNullOrWhiteSpace(d.Fix));
        Assert.All(d.Equivalents, e => Assert.Contains(e.Substring(0, e.IndexOf(':')), Peers));
        Assert.Equal(d.Equivalents.Count, d.Equivalents.Distinct().Count());
        Assert.EndsWith("/docs/rules/" + id + ".md", d.HelpUri.AbsoluteUri);
        if (d.Category == RuleCategory.Engine)
        {
            Assert.IsAssignableFrom<EngineRule>(rule);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_a_doc_page_embedded_in_the_engine_that_matches_its_metadata(string id)
    {
        var d = RuleCatalog.Default.Find(id)!.Descriptor;
        var page = RuleDocs.Markdown(id);

        Assert.NotNull(page);
        Assert.StartsWith("# " + id + ": " + d.Title, page);
        Assert.Matches(new Regex(@"\| Severity \| " + d.DefaultSeverity.ToString().ToLowerInvariant() + " \\|"), page);
        foreach (var equivalent in d.Equivalents)
        {
            Assert.Contains("`" + equivalent + "`", page);
        }
    }

    [Fact]
    public void Every_doc_page_belongs_to_a_rule()
    {
        var docs = Path.Combine(RepoRoot(), "docs", "rules");
        var pages = Directory.GetFiles(docs, "KS*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.NotNull(RuleCatalog.Default.Find(page!)));
    }

    [Fact]
    public void The_docs_index_is_generated_from_the_metadata()
    {
        var committed = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "rules", "README.md")).Replace("\r\n", "\n");

        Assert.True(
            committed == RuleIndexPage.Render(RuleCatalog.Default),
            "docs/rules/README.md is stale: regenerate it with `dotnet run --project src/KubeSec.Tool -f net10.0 -- rules --format markdown > docs/rules/README.md`.");
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KubeSec.Build.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
