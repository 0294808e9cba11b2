namespace KubeSec.Tests.Rules.Node;

public class KS6025Tests
{
    [Fact]
    public void Fires_when_always_admit_is_enabled()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--enable-admission-plugins=NodeRestriction,AlwaysAdmit"), "KS6025"));

        Assert.Equal((12, 7, 12, 61), finding.At());
    }

    [Fact]
    public void Passes_otherwise()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--enable-admission-plugins=NodeRestriction"), "KS6025"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver"), "KS6025"));
    }
}
