namespace KubeSec.Tests.Rules.Workloads;

public class KS2001Tests
{
    private static string Pod(string image) => $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: {image}\n";

    [Theory]
    [InlineData("nginx", "has no tag")]
    [InlineData("nginx:latest", "uses the 'latest' tag")]
    [InlineData("localhost:5000/team/app", "has no tag")]
    [InlineData("ghcr.io/org/app:latest", "uses the 'latest' tag")]
    public void Fires_on_untagged_and_latest_images_at_the_image_value(string image, string problem)
    {
        var finding = Assert.Single(Lint.Manifest(Pod(image), "KS2001"));

        Assert.Equal((8, 12, 8, 12 + image.Length), finding.At());
        Assert.Equal("spec.containers[app].image", finding.LogicalPath);
        Assert.Contains($"image '{image}' {problem}", finding.Message);
    }

    [Theory]
    [InlineData("nginx:1.27.2")]
    [InlineData("localhost:5000/team/app:2024.06")]
    [InlineData("nginx@sha256:0f3b1c6e8b1d4f0a9c2e7d5b3a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a39")]
    [InlineData("nginx:latest@sha256:0f3b1c6e8b1d4f0a9c2e7d5b3a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a39")]
    [InlineData("\"{{ .Values.image }}\"")]
    public void Passes_pinned_images_digests_and_templates(string image)
    {
        Assert.Empty(Lint.Manifest(Pod(image), "KS2001"));
    }

    [Fact]
    public void Checks_init_containers_too_and_ignores_a_missing_image()
    {
        var yaml = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      initContainers: [{name: init, image: busybox}]\n      containers: [{name: app}]\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS2001"));

        Assert.Equal("init", finding.Container);
        Assert.Contains("init container 'init'", finding.Message);
    }
}
