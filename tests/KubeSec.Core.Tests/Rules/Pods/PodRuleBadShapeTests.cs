namespace KubeSec.Tests.Rules.Pods;

/// <summary>Fields of the wrong shape are skipped by the pod rules, never an internal error.</summary>
public class PodRuleBadShapeTests
{
    [Theory]
    [InlineData("  securityContext: {sysctls: [kernel.sem], seLinuxOptions: x, seccompProfile: RuntimeDefault, windowsOptions: [a]}\n  containers:\n  - name: c\n    securityContext: {capabilities: {add: SYS_ADMIN, drop: {a: b}}, procMount: [x], appArmorProfile: Unconfined}\n    ports: [80, {containerPort: x, hostPort: y}]\n    volumeMounts: [x, {name: [a]}]\n  volumes: [x, {name: v}, {hostPath: {path: [a]}}]\n  hostAliases: x\n")]
    [InlineData("  securityContext: x\n  containers:\n  - name: c\n    securityContext: [a]\n    ports: x\n    volumeMounts: x\n  volumes: x\n")]
    [InlineData("  containers:\n  - securityContext: {capabilities: {add: [null, 1, ~]}}\n  volumes: [{hostPath: null}, {gitRepo: }]\n")]
    public void Bad_shapes_do_not_throw(string spec)
    {
        var findings = Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: x\nspec:\n" + spec);

        Assert.DoesNotContain(findings, f => f.RuleId == "KS0000");
    }
}
