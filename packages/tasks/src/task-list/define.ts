import '@ias-kit/ui/status-light/define.js';
import { IasTaskList } from './task-list.js';

IasTaskList.define('ias-task-list');

declare global {
  interface HTMLElementTagNameMap {
    'ias-task-list': IasTaskList;
  }
}

export { IasTaskList };
