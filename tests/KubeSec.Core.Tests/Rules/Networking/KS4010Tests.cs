namespace KubeSec.Tests.Rules.Networking;

public class KS4010Tests
{
    private static string Hpa(string kind, string name) =>
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: " + kind + "\n    name: " + name + "\n  minReplicas: 2\n  maxReplicas: 5\n";

    [Fact]
    public void Fires_at_the_target_name()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Hpa("Deployment", "apl"), Net.Deployment("api")), "KS4010"));

        Assert.Equal((8, 11, 8, 14), finding.At());
        Assert.Contains("scales Deployment 'apl'", finding.Message);
    }

    [Fact]
    public void Passes_an_existing_target_and_kinds_the_scan_does_not_have()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Hpa("Deployment", "api"), Net.Deployment("api")), "KS4010"));
        Assert.Empty(Lint.Manifest(Net.Docs(Hpa("StatefulSet", "db"), Net.Deployment("api")), "KS4010"));
        Assert.Empty(Lint.Manifest(Hpa("Deployment", "apl"), "KS4010"));
    }
}
