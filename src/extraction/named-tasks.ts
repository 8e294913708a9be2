/**
 * A name the paper introduces as a task or problem to solve ("we introduce a new task, X", "X, a novel
 * task that", "the task of X", "the X (XT) task") is a Task, whatever its head noun reads as.
 */
import type { FieldText } from './field-text.js';
import { sentenceAt } from './field-text.js';
import { headNounType } from './shapes.js';
import { wordClass } from './words.js';

const TASK_WORDS = 'task|problem|setting';
// The noun ends its phrase ("a task that", "task, which"): in "a mobile task automation system" it describes another.
const TASK_NOUN = `(?:${TASK_WORDS})(?!-)(?=\\s*(?:[,.;:()]|$)|\\s+(?:which|that|where|wherein|of|to|for|as|in|with|by|designed|aimed|focused)\\b)`;

// "a new segmentation task -- ", "the novel problem of ", "a new research problem: ", "a novel task called "; after
// a preposition the task is what another thing is for ("a baseline method for the KT task named simpleKT").
const TASK_BEFORE = new RegExp(
  `(?<!\\b(?:for|of|on|in|to|with)\\s+)\\b(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(?:${TASK_WORDS})(?:\\s*(?:,|:|--|—|–)|\\s+(?:called|named|termed|dubbed|of))\\s*$`,
  'u',
);

// ", a novel visual grounding task that", " as the task of", " (ZS-CIR), a new problem".
const TASK_APPOSITION = new RegExp(`^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:,|\\s+as)\\s+(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}?)${TASK_NOUN}`, 'u');

// "the MRAMG task, in which", "a connectivity prediction task, which": the name said as the task's own.
const TASK_AFTER = new RegExp(`^\\s*(?:\\([^()]{1,20}\\)\\s*)?${TASK_NOUN}`, 'u');

/**
 * The words between the article and the task noun describe the task: no preposition or verb, and no noun of
 * another kind ("a framework for each task", "a benchmark task").
 */
function describesTask(words: string): boolean {
  return words.split(/\s+/).filter(Boolean).every((w) => headNounType(w) === null && !['prep', 'verb', 'conj', 'pron', 'det'].includes(wordClass(w)));
}

/** True when the sentence around the span calls it a task or problem. */
export function isNamedAsTask(f: FieldText, start: number, end: number): boolean {
  const s = sentenceAt(f, start);
  const before = TASK_BEFORE.exec(f.text.slice(s.start, start));
  if (before && describesTask(before[1]!)) return true;
  const after = f.text.slice(end, s.end);
  const apposition = TASK_APPOSITION.exec(after);
  return (apposition !== null && describesTask(apposition[1]!)) || TASK_AFTER.test(after);
}
