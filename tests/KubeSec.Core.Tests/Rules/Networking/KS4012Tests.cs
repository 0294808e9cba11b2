namespace KubeSec.Tests.Rules.Networking;

public class KS4012Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    ports:\n";

    [Theory]
    [InlineData("123456", "is outside 1-65535")]
    [InlineData("'n234567890123456'", "is longer than 15 characters")]
    [InlineData("HTTP", "has a character other than")]
    public void Fires_at_a_bad_service_target_port(string target, string problem)
    {
        var finding = Assert.Single(Lint.Manifest(Net.Service("s", "api").Replace("port: 80}", "port: 80, targetPort: " + target + "}"), "KS4012"));

        Assert.Equal((5, 46, 5, 46 + target.Length), finding.At());
        Assert.Contains(problem, finding.Message);
    }

    [Fact]
    public void Fires_at_a_container_port_name_that_is_too_long_and_a_missing_container_port()
    {
        var findings = Lint.Manifest(Pod + "    - name: my-very-long-port-name\n      containerPort: 80\n    - name: smtp\n      containerPort:\n", "KS4012");

        Assert.Equal(2, findings.Count);
        Assert.Equal((8, 13, 8, 35), findings[0].At());
        Assert.Equal((11, 7, 11, 20), findings[1].At());
        Assert.Contains("without containerPort", findings[1].Message);
    }

    [Fact]
    public void Fires_on_a_repeated_port_name_and_an_out_of_range_container_port()
    {
        var findings = Lint.Manifest(Pod + "    - {name: http, containerPort: 80}\n    - {name: http, containerPort: 70000}\n", "KS4012");

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("is outside 1-65535", System.StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("declares port name 'http' twice", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Passes_valid_ports_and_templates()
    {
        Assert.Empty(Lint.Manifest(Pod + "    - {name: http-alt, containerPort: 8080}\n    - {containerPort: 9090}\n", "KS4012"));
        Assert.Empty(Lint.Manifest(Net.Service("s", "api").Replace("port: 80}", "port: 80, targetPort: http}"), "KS4012"));
        Assert.Empty(Lint.Manifest(Net.Service("s", "api").Replace("port: 80}", "port: 80, targetPort: \"{{ .Values.port }}\"}"), "KS4012"));
    }
}
