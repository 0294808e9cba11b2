namespace KubeSec.Tests.Rules.Networking;

/// <summary>Small manifests for the networking tests.</summary>
internal static class Net
{
    /// <summary>A Deployment (lines 1-12) whose pods carry app=NAME, labels key on line 10.</summary>
    public static string Deployment(string name, string labels = "") =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name + "}\nspec:\n  selector:\n    matchLabels: {app: " + name + "}\n  template:\n    metadata:\n" +
        "      # pod labels\n      labels: {app: " + name + labels + "}\n    spec:\n      containers: [{name: c, image: nginx:1.25}]\n";

    /// <summary>A NetworkPolicy (podSelector on line 5) selecting app=APP.</summary>
    public static string Policy(string name, string app, string extra = "") =>
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: " + name + "}\nspec:\n  podSelector: {matchLabels: {app: " + app + "}}\n" + extra;

    /// <summary>A Service (selector on line 6) selecting app=APP with port 80 named http.</summary>
    public static string Service(string name, string app, string extra = "") =>
        "apiVersion: v1\nkind: Service\nmetadata: {name: " + name + "}\nspec:\n  ports: [{name: http, port: 80}]\n  selector: {app: " + app + "}\n" + extra;

    public static string Docs(params string[] documents) => string.Join("---\n", documents);
}
