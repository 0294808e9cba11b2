namespace KubeSec.Tests.Rules.Networking;

public class KS4008Tests
{
    private static string Ingress(string backend, string apiVersion = "networking.k8s.io/v1") =>
        "apiVersion: " + apiVersion + "\nkind: Ingress\nmetadata: {name: web}\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        backend:\n" + backend;

    private static string V1(string name, string port) => "          service:\n            name: " + name + "\n            port: {" + port + "}\n";

    [Fact]
    public void Fires_at_a_missing_service_name()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Ingress(V1("apl", "number: 80")), Net.Service("api", "api")), "KS4008"));

        Assert.Equal((11, 19, 11, 22), finding.At());
        Assert.Equal("spec.rules[0].http.paths[0].backend.service.name", finding.LogicalPath);
        Assert.Contains("routes to Service 'apl'", finding.Message);
    }

    [Theory]
    [InlineData("number: 8080")]
    [InlineData("name: grpc")]
    public void Fires_at_a_port_the_service_does_not_have(string port)
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Ingress(V1("api", port)), Net.Service("api", "api")), "KS4008"));

        var start = 20 + port.IndexOf(' ') + 1; // "            port: {" is 19 columns.
        Assert.Equal((12, start, 12, 20 + port.Length), finding.At());
        Assert.Contains("which has no such port", finding.Message);
    }

    [Fact]
    public void Fires_on_a_legacy_backend_in_v1_even_without_services()
    {
        var finding = Assert.Single(Lint.Manifest(Ingress("          serviceName: api\n          servicePort: 80\n"), "KS4008"));

        Assert.Equal((10, 11, 10, 22), finding.At());
    }

    [Fact]
    public void Passes_matching_backends_v1beta1_and_scans_without_services()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Ingress(V1("api", "number: 80")), Net.Service("api", "api")), "KS4008"));
        Assert.Empty(Lint.Manifest(Net.Docs(Ingress(V1("api", "name: http")), Net.Service("api", "api")), "KS4008"));
        Assert.Empty(Lint.Manifest(Net.Docs(Ingress("          serviceName: api\n          servicePort: http\n", "networking.k8s.io/v1beta1"), Net.Service("api", "api")), "KS4008"));
        Assert.Empty(Lint.Manifest(Ingress(V1("apl", "number: 80")), "KS4008"));
    }
}
