namespace KubeSec.Tests.Rules.Pods;

public class KS1017Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c}]\n  volumes:\n";

    [Theory]
    [InlineData("/var/run/docker.sock")]
    [InlineData("/run/containerd/containerd.sock")]
    [InlineData("/var/run/crio/crio.sock")]
    [InlineData("/opt/custom/docker.sock")]
    public void Fires_on_runtime_sockets(string path)
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: sock\n    hostPath:\n      path: " + path + "\n      type: Socket\n", "KS1017"));

        Assert.Equal((10, 13, 10, 13 + path.Length), finding.At());
        Assert.Contains("the container runtime socket " + path, finding.Message);
    }

    [Theory]
    [InlineData("/var/run")]
    [InlineData("/run/containerd")]
    [InlineData("/var/run/")]
    public void Fires_on_a_directory_that_contains_a_socket(string path)
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: run\n    hostPath: {path: " + path + "}\n", "KS1017"));

        Assert.Contains("which contains the container runtime socket", finding.Message);
    }

    [Theory]
    [InlineData("/var/run/thing.sock")]
    [InlineData("/var/run/secrets")]
    [InlineData("/")]
    [InlineData("/var/log")]
    public void Passes_other_paths(string path)
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: run\n    hostPath: {path: " + path + "}\n", "KS1017"));
    }
}
