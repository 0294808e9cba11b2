using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2008SecretInEnvValue : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS2008", "SecretInEnvValue", "Container environment variable holds a literal secret", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "An env entry whose name says it is a credential (PASSWORD, SECRET, TOKEN, API_KEY, ACCESS_KEY, ...) has a literal value, or any env value holds a PEM private key. The secret is then in the manifest, in Git, in every rendered copy and in the workload object that anyone who can read Deployments sees, and it cannot be rotated without a new commit.",
        Fix = "Store the value in a Secret (or an external secret store) and read it with env[].valueFrom.secretKeyRef or a mounted volume.",
        Equivalents = new[] { "kube-linter:env-var-secret", "polaris:sensitiveContainerEnvVar" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Node["env"] is not { IsSequence: true } env)
        {
            return;
        }

        foreach (var entry in env.Items)
        {
            var name = entry["name"]?.AsString();
            var value = entry["value"];
            var text = value?.AsString();
            if (name is null || value is null || text is null)
            {
                continue; // valueFrom, or no value: nothing literal here.
            }

            string problem;
            if (SensitiveNames.ContainsPrivateKey(text))
            {
                problem = "holds a private key in its literal value";
            }
            else if (SensitiveNames.IsSensitiveName(name) && SensitiveNames.IsLiteralSecretValue(text))
            {
                problem = "names a credential and sets it as a literal value";
            }
            else
            {
                continue;
            }

            sink.Report(Rule, value.Region, container.Path + ".env[" + name + "].value",
                container.Describe() + " env var '" + name + "' " + problem + ", which exposes it to everyone who can read the manifest: move it into a Secret and use valueFrom.secretKeyRef.",
                container.Owner.Reference, container.Name);
        }
    }
}
