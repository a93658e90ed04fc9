import '@ias-kit/ui/status-light/define.js';
import '@ias-kit/ui/button/define.js';
import '@ias-kit/ui/select/define.js';
import '@ias-kit/ui/menu/define.js';
import './task-list.events.js';
import { IasTaskList } from './task-list.js';

IasTaskList.define('ias-task-list');

declare global {
  interface HTMLElementTagNameMap {
    'ias-task-list': IasTaskList;
  }
}

export { IasTaskList };
export {
  IasTaskOpenEvent,
  IasTaskCompleteEvent,
  IasTaskSnoozeEvent,
  IasTaskReassignEvent,
  IasTaskFilterChangeEvent,
} from './task-list.events.js';
