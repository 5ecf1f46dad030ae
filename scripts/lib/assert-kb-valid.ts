export function assertBundledKnowledgeBaseValid(): void {}
