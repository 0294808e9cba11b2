namespace KubeSec.Tests.Rules.Workloads;

public class KS2011Tests
{
    private static string Pod(string container) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n" + container;

    [Fact]
    public void Fires_on_an_explicit_policy_other_than_always_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("    image: app:1.2\n    imagePullPolicy: IfNotPresent\n"), "KS2011"));

        Assert.Equal((9, 22, 9, 34), finding.At());
        Assert.Equal("spec.containers[app].imagePullPolicy", finding.LogicalPath);
        Assert.Contains("sets imagePullPolicy: IfNotPresent", finding.Message);
    }

    [Fact]
    public void Fires_at_the_image_when_a_tagged_image_defaults_to_if_not_present()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("    image: app:1.2\n"), "KS2011"));

        Assert.Equal((8, 12, 8, 19), finding.At());
        Assert.Contains("tag '1.2' defaults to IfNotPresent", finding.Message);
    }

    [Theory]
    [InlineData("    image: app\n")]
    [InlineData("    image: app:latest\n")]
    [InlineData("    image: app:1.2\n    imagePullPolicy: Always\n")]
    [InlineData("    image: app@sha256:0f3b1c6e8b1d4f0a9c2e7d5b3a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a39\n    imagePullPolicy: IfNotPresent\n")]
    public void Passes_when_the_effective_policy_is_always_or_the_image_is_pinned_by_digest(string container)
    {
        Assert.Empty(Lint.Manifest(Pod(container), "KS2011"));
    }

    [Fact]
    public void Fires_on_never_for_an_untagged_image()
    {
        Assert.Single(Lint.Manifest(Pod("    image: app\n    imagePullPolicy: Never\n"), "KS2011"));
    }
}
