using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2022SecretInEnvFrom : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS2022", "SecretInEnvFrom", "Container reads a Secret into environment variables", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "An env entry with valueFrom.secretKeyRef, or an envFrom entry with secretRef, puts a Secret into the process environment, where it is inherited by every child process, shown by /proc/<pid>/environ to anything running as the same user, and easily written to logs and crash dumps. Mounting the Secret as a file keeps it out of the environment and lets it be rotated without a restart.",
        Fix = "Mount the Secret as a volume (readOnly) and read the file, e.g. with ASP.NET Core's key-per-file configuration provider.",
        CisItem = "CIS Kubernetes 5.4.1",
        Equivalents = new[] { "kube-linter:read-secret-from-env-var", "checkov:CKV_K8S_35" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Node["env"] is { IsSequence: true } env)
        {
            foreach (var entry in env.Items)
            {
                if (entry.At("valueFrom", "secretKeyRef") is { IsMapping: true } reference)
                {
                    var name = entry["name"]?.AsString() ?? "?";
                    sink.Report(Rule, reference.AnchorRegion, container.Path + ".env[" + name + "].valueFrom.secretKeyRef",
                        container.Describe() + " reads Secret '" + (reference["name"]?.AsString() ?? "?") + "' into env var '" + name + "', where child processes and crash dumps see it: mount the Secret as a file instead.",
                        container.Owner.Reference, container.Name);
                }
            }
        }

        if (container.Node["envFrom"] is { IsSequence: true } envFrom)
        {
            foreach (var entry in envFrom.Items)
            {
                if (entry["secretRef"] is { IsMapping: true } reference)
                {
                    var secret = reference["name"]?.AsString() ?? "?";
                    sink.Report(Rule, reference.AnchorRegion, container.Path + ".envFrom[" + secret + "]",
                        container.Describe() + " loads all of Secret '" + secret + "' into its environment, where child processes and crash dumps see it: mount the Secret as a file instead.",
                        container.Owner.Reference, container.Name);
                }
            }
        }
    }
}
