using System.IO;

namespace KubeSec.Build.Tests;

[Collection(PackageFeedCollection.Name)]
public class SarifValidationTests
{
    private readonly PackageFeed _feed;

    public SarifValidationTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_build_sarif_passes_the_multitool_with_the_github_rules()
    {
        var project = new ConsumerProject(_feed);
        project.Write("deploy/api.yaml", BuildIntegrationTests.Deployment);
        project.Write("deploy/with space/broken.yaml", "a: [1\n");
        project.Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . /app\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n");
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);

        var errors = SarifValidator.Errors(Path.Combine(project.Directory, "obj", "Debug", "kubesec.sarif"), project.Directory);

        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }
}
