using System;
using System.Globalization;
using System.Text;

namespace KubeSec.Tests.Fuzzing;

/// <summary>
/// Generated large inputs for the scaling tests and the benchmarks (the benchmark project links this file).
/// Every generator is deterministic, so a count or a finding list at n can be compared with one at 4n.
/// </summary>
public static class LargeInputs
{
    /// <summary>
    /// <paramref name="n"/> applications in one namespace (the worst case: every selector's candidates are
    /// every object), each a Deployment, a PodDisruptionBudget, a Service, an HPA, a NetworkPolicy, an Ingress,
    /// a ServiceMonitor, a ServiceAccount, a Secret, a ConfigMap, a Role and a RoleBinding, a StatefulSet and a
    /// ScaledObject (only with <paramref name="scaledObjects"/>: a custom resource silences the "selects nothing" rules of its namespace), with <paramref name="extraLabels"/> more labels on each pod template. Every tenth PDB,
    /// Service and NetworkPolicy selects nothing, so the "selects nothing" rules still report; every seventh
    /// PDB selects by matchExpressions, so the fallback path runs too.
    /// </summary>
    public static string Applications(int n, int extraLabels = 0, Selectors selectors = Selectors.Distinct, bool scaledObjects = false)
    {
        var text = new StringBuilder(n * 4096);
        for (var i = 0; i < n; i++)
        {
            var app = "app-" + i.ToString(CultureInfo.InvariantCulture);
            var selected = i % 10 == 9 ? app + "-typo" : app;
            var labels = new StringBuilder();
            labels.Append("        app: ").Append(app).Append("\n        tier: web\n");
            for (var l = 0; l < extraLabels; l++)
            {
                labels.Append("        label-").Append(l.ToString(CultureInfo.InvariantCulture)).Append(": v").Append((l % 3).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            text.Append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  replicas: ").Append(i % 3 == 0 ? "1" : "3")
                .Append("\n  selector:\n    matchLabels:\n      app: ").Append(app).Append("\n  template:\n    metadata:\n      labels:\n").Append(labels)
                .Append("    spec:\n      serviceAccountName: ").Append(i % 5 == 4 ? app + "-missing" : app)
                .Append("\n      priorityClassName: high\n      containers:\n        - name: web\n          image: nginx:1.27\n          env:\n            - name: PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: ").Append(app)
                .Append("\n                  key: ").Append(i % 4 == 3 ? "nokey" : "password").Append("\n            - name: MODE\n              valueFrom:\n                configMapKeyRef:\n                  name: ").Append(app).Append("\n                  key: mode\n---\n");
            text.Append("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  minAvailable: ").Append(i % 2 == 0 ? "3" : "1").Append("\n  selector:\n");
            if (selectors == Selectors.Empty)
            {
                text.Append("    {}\n");
            }
            else if (selectors == Selectors.MatchAll)
            {
                text.Append("    matchLabels:\n      tier: web\n");
            }
            else if (i % 7 == 6)
            {
                text.Append("    matchExpressions:\n      - key: app\n        operator: In\n        values: [").Append(selected).Append("]\n");
            }
            else
            {
                text.Append("    matchLabels:\n      app: ").Append(selected).Append('\n');
            }

            text.Append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\n  labels:\n    app: ").Append(app)
                .Append("\nspec:\n  clusterIP: None\n  selector:\n    ").Append(selectors == Selectors.MatchAll ? "tier: web" : "app: " + selected).Append("\n  ports:\n    - name: http\n      port: 80\n---\n");
            text.Append("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ")
                .Append(i % 6 == 5 ? app + "-gone" : app).Append("\n  minReplicas: 2\n  maxReplicas: 5\n---\n");
            text.Append("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  podSelector:\n")
                .Append(selectors switch { Selectors.Empty => "    {}\n", Selectors.MatchAll => "    matchLabels:\n      tier: web\n", _ => "    matchLabels:\n      app: " + selected + "\n" })
                .Append("  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: ").Append(i % 8 == 7 ? "nobody" : app).Append("\n---\n");
            text.Append("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ")
                .Append(i % 9 == 8 ? app + "-missing" : app).Append("\n                port:\n                  number: ").Append(i % 11 == 10 ? "81" : "80").Append("\n---\n");
            text.Append("apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  namespaceSelector:\n    matchNames: [shop]\n  selector:\n    matchLabels:\n      app: ")
                .Append(i % 12 == 11 ? "unmonitored" : app).Append("\n  endpoints:\n    - port: http\n---\n");
            text.Append("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\n---\n");
            text.Append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nstringData:\n  password: x\n---\n");
            text.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\ndata:\n  mode: fast\n---\n");
            text.Append("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nrules:\n  - apiGroups: ['']\n    resources: [").Append(i % 13 == 12 ? "secrets" : "configmaps").Append("]\n    verbs: [get]\n---\n");
            text.Append("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ").Append(app)
                .Append("\nsubjects:\n  - kind: ServiceAccount\n    name: ").Append(app).Append("\n---\n");
            text.Append("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ").Append(app).Append("-db\n  namespace: shop\nspec:\n  serviceName: ").Append(i % 14 == 13 ? app + "-nosvc" : app)
                .Append("\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ").Append(app).Append("-db\n  template:\n    metadata:\n      labels:\n        app: ").Append(app).Append("-db\n    spec:\n      containers:\n        - name: db\n          image: postgres:17\n---\n");
            if (scaledObjects)
            {
                text.Append("apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  scaleTargetRef:\n    name: ").Append(app).Append("-db\n    kind: StatefulSet\n  minReplicaCount: 1\n---\n");
            }
        }

        text.Append("apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: high\nvalue: 1000\n");
        return text.ToString();
    }

    /// <summary><paramref name="n"/> Deployments, each with a PodDisruptionBudget and a Service selecting it, in one namespace.</summary>
    public static string DeploymentsWithBudgetsAndServices(int n)
    {
        var text = new StringBuilder(n * 700);
        for (var i = 0; i < n; i++)
        {
            var app = "app-" + i.ToString(CultureInfo.InvariantCulture);
            text.Append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: ").Append(app)
                .Append("\n  template:\n    metadata:\n      labels:\n        app: ").Append(app).Append("\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\n");
            text.Append("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  minAvailable: ").Append(i % 2 == 0 ? "3" : "1")
                .Append("\n  selector:\n    matchLabels:\n      app: ").Append(app).Append("\n---\n");
            text.Append("apiVersion: v1\nkind: Service\nmetadata:\n  name: ").Append(app).Append("\n  namespace: shop\nspec:\n  selector:\n    app: ").Append(app).Append("\n  ports:\n    - port: 80\n---\n");
        }

        return text.ToString();
    }

    /// <summary>A ConfigMap whose data mapping has <paramref name="keys"/> keys.</summary>
    public static string MappingWithKeys(int keys)
    {
        var text = new StringBuilder(keys * 24).Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
        for (var i = 0; i < keys; i++)
        {
            text.Append("  key").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": v\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// <paramref name="documents"/> ConfigMaps, each with a flow sequence nested <paramref name="depth"/> deep under
    /// <c>data</c> (the document adds two levels: pick the depth limit minus two to sit exactly at it).
    /// </summary>
    public static string NestedFlow(int depth, int documents)
    {
        var text = new StringBuilder(documents * (2 * depth + 80));
        for (var d = 0; d < documents; d++)
        {
            text.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: n").Append(d.ToString(CultureInfo.InvariantCulture)).Append("\ndata:\n  k: ")
                .Append('[', depth).Append(']', depth).Append("\n---\n");
        }

        return text.ToString();
    }

    /// <summary>Realistic multi-kind manifests (see <see cref="Applications"/>) of at most, and about, <paramref name="bytes"/> characters, in one file.</summary>
    public static string ManifestOfSize(int bytes)
    {
        var perApplication = Applications(10).Length / 10;
        var n = Math.Max(1, bytes / perApplication);
        var text = Applications(n);
        while (text.Length > bytes && n > 1)
        {
            n = n * 97 / 100; // longer numbers in later names make the estimate low
            text = Applications(n);
        }

        return text;
    }

    /// <summary>A Dockerfile with one ENV instruction of <paramref name="pairs"/> key=value pairs whose values use variables.</summary>
    public static string DockerfileWithOneEnv(int pairs)
    {
        var text = new StringBuilder(pairs * 24).Append("FROM alpine:3.20\nARG BASE=/opt\nENV");
        for (var i = 0; i < pairs; i++)
        {
            // Every value refers to a variable, and every tenth to a key of this same instruction, so expansion runs.
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append(" K").Append(n).Append("=\"${BASE}/v").Append(n).Append(i % 10 == 9 ? " $K" + (i - 1).ToString(CultureInfo.InvariantCulture) : string.Empty).Append('"');
        }

        return text.Append("\nUSER 10001\nCMD [\"/app\"]\n").ToString();
    }

    /// <summary>A Dockerfile of <paramref name="lines"/> alternating ARG and USER lines, each ARG referring to the one before.</summary>
    public static string DockerfileWithArgAndUserLines(int lines)
    {
        var text = new StringBuilder(lines * 20).Append("FROM alpine:3.20\nARG A0=x\n");
        for (var i = 1; i < lines; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append(i % 2 == 0 ? "ARG A" + n + "=${A" + (i - 2).ToString(CultureInfo.InvariantCulture) + "}\n" : "USER u" + n + "\n");
        }

        return text.Append("CMD [\"/app\"]\n").ToString();
    }

    /// <summary>What the PDBs, Services and NetworkPolicies of <see cref="Applications"/> select.</summary>
    public enum Selectors
    {
        /// <summary>Each its own application (every tenth a typo, selecting nothing).</summary>
        Distinct,

        /// <summary>PDBs and NetworkPolicies with <c>{}</c>: every pod of the namespace.</summary>
        Empty,

        /// <summary>Every one <c>tier: web</c>, a label every pod carries: each selector matches every workload.</summary>
        MatchAll,
    }
}
