import { createApp } from 'vue';
import '@ias-kit/form/define.js';
import '@ias-kit/case/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/plan/define.js';
import App from './App.vue';

createApp(App).mount('#app');
