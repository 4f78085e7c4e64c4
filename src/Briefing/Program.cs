using Briefing.Commands;

// The composition root: a table of contents of the pipeline, one command per verb.
return await Cli.RunAsync(args, Console.Out, Console.Error);
