Console.WriteLine("chatbot: verbs arrive with the retrieval core.");
