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

    [Fact]
    public void The_embedded_table_loads_and_every_referenced_type_is_in_it()
    {
        var schema = KubeSec.Rules.Schema.FieldSchema.Instance;
        Assert.Equal("V1Deployment", schema.RootType("apps/v1", "Deployment"));
        Assert.Equal("V1Pod", schema.RootType("v1", "Pod"));
        Assert.Null(schema.RootType("extensions/v1beta1", "Deployment"));

        var text = File.ReadAllText(Path.Combine(RepoRoot(), "src", "KubeSec.Core", "Rules", "Schema", "k8s-fields.txt"));
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split(' ');
            var code = parts[0] == "K" && parts.Length == 4 ? parts[3] : parts.Length == 2 && parts[0] != "T" && parts[0] != "#" ? parts[1].TrimStart('[', '{') : null;
            if (code is not null && code.Length > 1)
            {
                Assert.True(schema.Fields(code) is not null, "type " + code + " is referenced but not defined");
            }
        }
    }
}
