using KubeSec.Rules.Node;

namespace KubeSec.Tests.Rules.Node;

public class KS6010Tests
{
    [Fact]
    public void Fires_on_a_zero_timeout_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("streamingConnectionIdleTimeout: 0s\n"), "KS6010"));

        Assert.Equal((3, 33, 3, 35), finding.At());
        Assert.Contains("streamingConnectionIdleTimeout: 0s", finding.Message);
        Assert.Contains("5m", finding.Message);
    }

    [Theory]
    [InlineData("streamingConnectionIdleTimeout: 4h0m0s\n")]
    [InlineData("streamingConnectionIdleTimeout: 5m\n")]
    [InlineData("streamingConnectionIdleTimeout: banana\n")]
    [InlineData("readOnlyPort: 0\n")]
    public void Passes_a_bounded_missing_or_unreadable_timeout(string body)
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet(body), "KS6010"));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0s", true)]
    [InlineData("0h0m0s", true)]
    [InlineData("0.0ms", true)]
    [InlineData("1ns", false)]
    [InlineData("0h1m", false)]
    [InlineData("", false)]
    [InlineData("0x", false)]
    public void Reads_go_durations(string text, bool zero)
    {
        Assert.Equal(zero, KS6010KubeletStreamingIdleTimeoutDisabled.IsZeroDuration(text));
    }
}
