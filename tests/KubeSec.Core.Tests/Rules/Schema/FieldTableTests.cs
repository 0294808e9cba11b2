using System.IO;
using KubeSec.SchemaGen;

namespace KubeSec.Tests.Rules.Schema;

/// <summary>The committed field table must be what KubernetesClient's models give today.</summary>
public class FieldTableTests
{
    [Fact]
    public void The_committed_table_matches_KubernetesClient()
    {
        var committed = File.ReadAllText(Path.Combine(RepoRoot(), "src", "KubeSec.Core", "Rules", "Schema", "k8s-fields.txt")).Replace("\r\n", "\n");

        Assert.True(committed == FieldTable.Generate(),
            "src/KubeSec.Core/Rules/Schema/k8s-fields.txt is stale: regenerate it with 'dotnet run --project src/KubeSec.SchemaGen -- src/KubeSec.Core/Rules/Schema/k8s-fields.txt'.");
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KubeSec.Build.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("KubeSec.Build.sln not found above the test folder.");
    }

    [Fact]
    public void Suggestions_are_the_nearest_field_within_a_typo_distance()
    {
        var fields = new[] { "securityContext", "image", "imagePullPolicy", "hostPID" };

        Assert.Equal("securityContext", KubeSec.Rules.Schema.SchemaCheck.Closest("securityContex", fields));
        Assert.Equal("hostPID", KubeSec.Rules.Schema.SchemaCheck.Closest("hostpid", fields));
        Assert.Null(KubeSec.Rules.Schema.SchemaCheck.Closest("replicas", fields));
    }
}
