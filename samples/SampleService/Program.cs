System.Console.WriteLine("SampleService: the project KubeSec.Build lints on every build.");
