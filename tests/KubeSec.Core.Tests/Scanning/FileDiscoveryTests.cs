using System.IO;
using KubeSec.Scanning;

namespace KubeSec.Tests.Scanning;

public sealed class FileDiscoveryTests : System.IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("Containerfile", true)]
    [InlineData("Dockerfile.prod", true)]
    [InlineData("api.Dockerfile", true)]
    [InlineData("api.dockerfile", true)]
    [InlineData("Dockerfile.dockerignore", false)]
    [InlineData("dockerfile.md", false)]
    public void Recognises_dockerfile_names(string name, bool expected) => Assert.Equal(expected, FileDiscovery.IsDockerfileName(name));

    [Fact]
    public void Walks_folders_like_the_build_defaults_and_reports_missing_paths()
    {
        _files.Write("deploy/a.yaml", "");
        _files.Write("deploy/b.YML", "");
        _files.Write("Dockerfile", "");
        _files.Write("bin/x.yaml", "");
        _files.Write("obj/x.yaml", "");
        _files.Write("node_modules/x.yaml", "");
        _files.Write(".github/workflows/ci.yml", "");
        _files.Write("notes.txt", "");
        var explicitFile = _files.Write(".hidden/explicit.txt", "");

        var found = FileDiscovery.Discover(new[] { _files.Root, explicitFile, Path.Combine(_files.Root, "missing") });

        Assert.Equal(new[] { "a.yaml", "b.YML", "explicit.txt" }, found.Manifests.Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal("Dockerfile", Path.GetFileName(Assert.Single(found.Dockerfiles)));
        Assert.Single(found.Missing);
    }

    [Fact]
    public void Helm_chart_templates_are_not_scanned_as_yaml()
    {
        _files.Write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        var template = _files.Write("charts/web/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
        var plain = _files.Write("other/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n");

        Assert.True(HelmChart.IsTemplate(template));
        Assert.False(HelmChart.IsTemplate(plain));
        var result = new Scanner().Scan(new[] { template, plain }, System.Array.Empty<string>());
        Assert.Equal(1, result.FilesScanned);
        var chartNotice = Assert.Single(result.Findings, f => f.FilePath != plain);
        Assert.Equal("KS0015", chartNotice.RuleId);
        Assert.Equal(Path.Combine(_files.Root, "charts", "web", "Chart.yaml"), chartNotice.FilePath);
    }
}
