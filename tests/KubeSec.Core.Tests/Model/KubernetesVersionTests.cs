using KubeSec.Model;

namespace KubeSec.Tests.Model;

public class KubernetesVersionTests
{
    [Theory]
    [InlineData("1.29", 1, 29)]
    [InlineData("v1.30", 1, 30)]
    [InlineData(" 1.25.16 ", 1, 25)]
    public void Parses_releases(string text, int major, int minor)
    {
        Assert.True(KubernetesVersion.TryParse(text, out var version));
        Assert.Equal(new KubernetesVersion(major, minor), version);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.x")]
    [InlineData("1.2.3.4")]
    [InlineData("-1.2")]
    [InlineData("")]
    public void Refuses_other_text(string text) => Assert.False(KubernetesVersion.TryParse(text, out _));

    [Fact]
    public void Compares_minor_releases_numerically()
    {
        Assert.True(KubernetesVersion.Parse("1.9") < KubernetesVersion.Parse("1.10"));
        Assert.True(KubernetesVersion.Parse("1.25") >= KubernetesVersion.Parse("1.25.3"));
        Assert.Equal("1.34", KubernetesVersion.Default.ToString());
    }
}
