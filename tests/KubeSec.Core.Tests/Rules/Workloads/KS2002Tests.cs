namespace KubeSec.Tests.Rules.Workloads;

public class KS2002Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n";

    [Fact]
    public void Fires_on_a_container_without_liveness_probe_at_its_first_line()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "      - name: web\n        image: web:1\n", "KS2002"));

        Assert.Equal((9, 9, 9, 18), finding.At());
        Assert.Equal("spec.template.spec.containers[web].livenessProbe", finding.LogicalPath);
        Assert.Equal("Deployment 'api' container 'web' has no livenessProbe, so a hung process is never restarted: add a livenessProbe that checks the process can still make progress.", finding.Message);
    }

    [Fact]
    public void Reports_each_container_without_one()
    {
        var yaml = Deployment + "      - name: a\n        livenessProbe: {tcpSocket: {port: 80}}\n      - name: b\n      - name: c\n";

        Assert.Equal(new[] { "b", "c" }, Lint.Manifest(yaml, "KS2002").Select(f => f.Container));
    }

    [Fact]
    public void Skips_init_and_ephemeral_containers_jobs_and_cronjobs()
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: init}]\n  ephemeralContainers: [{name: debug}]\n  containers:\n  - name: app\n    livenessProbe: {exec: {command: [true]}}\n";
        var job = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n";
        var cron = "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: c}]\n";

        Assert.Empty(Lint.Manifest(pod, "KS2002"));
        Assert.Empty(Lint.Manifest(job, "KS2002"));
        Assert.Empty(Lint.Manifest(cron, "KS2002"));
    }

    [Fact]
    public void A_null_probe_counts_as_missing()
    {
        Assert.Single(Lint.Manifest(Deployment + "      - name: web\n        livenessProbe:\n", "KS2002"));
    }
}
