import type { Page } from 'playwright-core';

export const CHROMIUM: string;
export function chromiumAvailable(): boolean;

export interface RenderedDiagram {
  svg: string;
  nodes: { id: string; text: string; class: string }[];
  edges: { id: string; style: string }[];
  edgeLabels: string[];
}

export interface Renderer {
  page: Page;
  render(diagrams: { title?: string; text: string }[]): Promise<RenderedDiagram[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export function openRenderer(): Promise<Renderer>;
