using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2009SecretInConfigMap : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2009", "SecretInConfigMap", "ConfigMap holds what looks like a secret", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "A ConfigMap key whose name says it is a credential (PASSWORD, SECRET, TOKEN, API_KEY, ...) has a literal value, or any value holds a PEM private key. ConfigMaps are not meant for secrets: RBAC roles commonly grant read access to them, they are never encrypted at rest and their content is shown in clear by every tool.",
        Fix = "Move the value into a Secret (or an external secret store) and mount or reference that instead.",
        Equivalents = new[] { "polaris:sensitiveConfigmapContent" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "ConfigMap" || obj.Root["data"] is not { IsMapping: true } data)
        {
            return;
        }

        foreach (var entry in data.Entries)
        {
            var key = entry.Key.AsString();
            var text = entry.Value.AsString();
            if (key is null || text is null)
            {
                continue;
            }

            string problem;
            if (SensitiveNames.ContainsPrivateKey(text))
            {
                problem = "holds a private key";
            }
            else if (SensitiveNames.IsSensitiveName(key) && SensitiveNames.IsLiteralSecretValue(text))
            {
                problem = "names a credential and holds its value";
            }
            else
            {
                continue;
            }

            sink.Report(Rule, entry.Value.Region, obj.PathPrefix + "data." + key,
                obj.Describe() + " key '" + key + "' " + problem + " in clear text: move it into a Secret and reference that instead.",
                obj.Reference);
        }
    }
}
